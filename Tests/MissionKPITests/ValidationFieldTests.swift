import Foundation
import Testing

@testable import MissionKPI

/// Problems inside one file's fields: types, required fields, unknown keys, ids, vocabularies, dates, bands.
@Suite struct ValidationFieldTests {
    static let c = TempWorkspace.contract
    static let m = TempWorkspace.mission
    static let d = TempWorkspace.department

    @Test func listWhereATextIsExpected() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.c, "title: Community diagnostic centre imaging services", "title: [Community, imaging]")
        expectOnly(try ws.diagnostics(), at: "\(Self.c):2:8", "'title' must be a text", "a list")
    }

    @Test func textWhereANumberIsExpected() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.c, "good: 90,", "good: ninety,")
        expectOnly(try ws.diagnostics(), at: "\(Self.c):21:19", "'good' must be a number", "'ninety'")
    }

    @Test func quotedNumberAsksToRemoveTheQuotes() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.c, "good: 90,", "good: '90',")
        expectOnly(try ws.diagnostics(), at: "\(Self.c):21:19", "'good' must be a number", "remove the quotes")
    }

    @Test func textWhereAnAmountIsExpected() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.c, "amount: 48000000", "amount: £48m")
        expectOnly(try ws.diagnostics(), at: "\(Self.c):5:17", "'amount' must be a number", "'£48m'")
    }

    @Test func textWhereABooleanIsExpected() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.d, "commercial_specialist: false", "commercial_specialist: no")
        expectOnly(try ws.diagnostics(), at: "\(Self.d):8:28", "must be true or false", "'no'")
    }

    @Test func textWhereAMappingIsExpected() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.c, "period: {start: 2025-04-01, end: 2028-03-31}", "period: 2025-04-01 to 2028-03-31")
        expectOnly(try ws.diagnostics(), at: "\(Self.c):6:9", "the period must be a mapping")
    }

    @Test func missingRequiredFieldOfTheContract() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.c, "title: Community diagnostic centre imaging services\n", "")
        expectOnly(try ws.diagnostics(), at: "\(Self.c):1:1", "missing the required field 'title'", "add it")
    }

    @Test func missingRequiredFieldOfAKPI() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.c, "    level: output\n", "")
        expectOnly(try ws.diagnostics(), at: "\(Self.c):15:5", "a KPI is missing the required field 'level'")
    }

    @Test func requiredFieldLeftEmpty() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.c, "department: dhsc", "department:")
        expectOnly(try ws.diagnostics(), at: "\(Self.c):3:12", "'department'", "must have a value")
    }

    @Test func missionWithoutMilestones() throws {
        var ws = try TempWorkspace.clean()
        ws[Self.m] = "id: nhs\ntitle: NHS\nmilestones: []\n"
        ws.edit(Self.c, "  - node: nhs/diagnostic-capacity\n    rationale: Adds imaging capacity.\n", "")
        ws.edit(Self.c, "    measures: nhs/faster-diagnosis\n", "")
        expectOnly(try ws.diagnostics(), at: "\(Self.m):3:13", "at least one milestone")
    }

    @Test func unknownKeyWithDidYouMean() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.c, "procedure: open", "procedur: open")
        expectOnly(try ws.diagnostics(), at: "\(Self.c):7:1", "unknown key 'procedur'", "did you mean 'procedure'?")
    }

    @Test func unknownKeyListsTheAllowedKeys() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.m, "    unit: percent", "    colour: blue\n    unit: percent")
        expectOnly(try ws.diagnostics(), at: "\(Self.m):6:5", "unknown key 'colour' in a milestone", "the keys allowed here are: id, title")
    }

    @Test(arguments: [
        ("a/b", "no '/'"), ("..", "start with a letter or digit"), ("a..b", "'..'"), ("a b", "spaces"),
        (String(repeating: "k", count: 65), "at most 64 characters"), ("-a", "start with a letter or digit"),
    ])
    func badKPIId(id: String, words: String) throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.c, "  - id: scan-turnaround", "  - id: \"\(id)\"")
        expectOnly(try ws.diagnostics(), at: "\(Self.c):15:9", "is not a valid id", words)
    }

    @Test func sixtyFourCharacterIdIsAccepted() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.c, "  - id: scan-turnaround", "  - id: \(String(repeating: "k", count: 64))")
        #expect(try ws.diagnostics().map(\.description) == [])
    }

    @Test func unknownEnumValueListsTheAllowedOnes() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.c, "frequency: monthly", "frequency: weekly")
        expectOnly(try ws.diagnostics(), at: "\(Self.c):22:16", "'frequency' 'weekly' is not one of monthly, quarterly, annually")
    }

    @Test func unknownEnumValueWithDidYouMean() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.c, "procedure: open", "procedure: opne")
        expectOnly(try ws.diagnostics(), at: "\(Self.c):7:12", "not one of open, competitive_flexible", "did you mean 'open'?")
    }

    @Test func unknownGradeDoesNotCascadeIntoReferences() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.d, "grade: HEO", "grade: G5")
        expectOnly(try ws.diagnostics(), at: "\(Self.d):7:12", "'grade' 'G5' is not one of AA, AO", "SCS3")
    }

    @Test func impossibleDate() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.c, "start: 2025-04-01", "start: 2025-02-30")
        expectOnly(try ws.diagnostics(), at: "\(Self.c):6:17", "'2025-02-30' is not a real calendar date")
    }

    @Test func malformedDate() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.m, "date: 2024-09-30", "date: 30/09/2024")
        expectOnly(try ws.diagnostics(), at: "\(Self.m):8:35", "must be a date written YYYY-MM-DD", "'30/09/2024'")
    }

    @Test func periodEndingBeforeItStarts() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.c, "end: 2028-03-31", "end: 2024-03-31")
        expectOnly(try ws.diagnostics(), at: "\(Self.c):6:34", "ends (2024-03-31) before it starts (2025-04-01)")
    }

    @Test func targetBeforeBaseline() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.m, "date: 2029-03-31", "date: 2020-03-31")
        expectOnly(try ws.diagnostics(), at: "\(Self.m):9:13", "target date 2020-03-31 is before the baseline date 2024-09-30")
    }

    @Test func bandsOutOfOrderForAnIncreasingKPI() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.c, "good: 90, approaching_target: 85", "good: 80, approaching_target: 85")
        // At the value that breaks the order (issue 20), not at the mapping's first key.
        expectOnly(try ws.diagnostics(), at: "\(Self.c):21:43", "approaching_target (85) is above good (80)", "should increase", "must fall", "good (80) ≥ approaching_target (85)")
    }

    @Test func bandsOutOfOrderForADecreasingKPI() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.c, "direction: increase\n    bands", "direction: decrease\n    bands")
        expectOnly(try ws.diagnostics(), at: "\(Self.c):21:43", "approaching_target (85) is below good (90)", "should decrease", "must rise", "good (90) ≤ approaching_target (85)")
    }

    @Test func bandsInOrderForADecreasingKPI() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.c, "direction: increase\n    bands: {good: 90, approaching_target: 85, requires_improvement: 75}",
            "direction: decrease\n    bands: {good: 2, approaching_target: 5, requires_improvement: 9}")
        #expect(try ws.diagnostics().map(\.description) == [])
    }

    @Test func badCurrency() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.c, "currency: GBP", "currency: pounds")
        expectOnly(try ws.diagnostics(), at: "\(Self.c):5:37", "three-letter ISO 4217 code")
    }

    @Test func accreditationNeedsADateUnlessNone() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.d, "{level: foundation, date: 2023-05-01}", "{level: foundation}")
        expectOnly(try ws.diagnostics(), at: "\(Self.d):9:20", "missing the required field 'date'")
    }

    @Test func everyProblemOfOneFileInOneRun() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.c, "title: Community diagnostic centre imaging services\n", "")
        ws.edit(Self.c, "procedure: open", "procedure: opne")
        ws.edit(Self.c, "frequency: monthly", "frequency: weekly")
        ws.edit(Self.c, "    level: output\n", "")
        let d = try ws.diagnostics()
        #expect(d.count == 4, "\(d.map(\.description))")
        expectDiagnostic(d, at: "\(Self.c):1:1", "'title'")
        expectDiagnostic(d, at: "\(Self.c):6:12", "'opne'")
        expectDiagnostic(d, at: "\(Self.c):14:5", "'level'")
        expectDiagnostic(d, at: "\(Self.c):20:16", "'weekly'")
    }
}
