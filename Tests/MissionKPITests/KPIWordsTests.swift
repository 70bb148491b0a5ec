import XCTest

@testable import MissionKPI

/// What the KPI-words reader infers from the ways KPIs are written (issue 14's examples and the traps).
final class KPIWordsTests: XCTestCase {
    private func read(_ title: String, _ description: String? = nil) -> KPIReading {
        KPIWords.read(title: title, description: description)
    }

    func testTargetsInTheWaysTheyAreWritten() {
        XCTAssertEqual(read("Calls answered within 60 seconds", "≥ 80%").target?.value, KPITarget(value: 80))
        XCTAssertEqual(read("Availability", "at least 95% of the time").target?.value.value, 95)
        XCTAssertEqual(read("Invoices", "100% of undisputed invoices paid within 30 days").target?.value.value, 100)
        let days = read("Respond to complaints within 3 working days")
        XCTAssertEqual(days.target?.value.value, 3)
        XCTAssertEqual(days.unit?.value, .days)
        XCTAssertEqual(days.direction?.value, .decrease)
        XCTAssertEqual(read("Number of volunteers", "a target of 1000 per annum").target?.value.value, 1000)
        let range = read("Schools engaged", "350-450 schools taking part by 31 July 2027")
        XCTAssertEqual(range.target?.value, KPITarget(value: 350, upper: 450, date: Day(year: 2027, month: 7, day: 31)))
        XCTAssertEqual(read("Recycling rate", "Target: 55% by 2026/27").target?.value.date, Day(year: 2027, month: 3, day: 31))
        XCTAssertEqual(read("Waits", "At least 78% by March 2025").target?.value.date, Day(year: 2025, month: 3, day: 31))
        XCTAssertEqual(read("Agency spend", "below £250,000 each quarter").target?.value.value, 250_000)
        XCTAssertEqual(read("Agency spend", "no more than £1.2m").target?.value.value, 1_200_000)
    }

    func testFiguresThatAreNotTargets() {
        XCTAssertNil(read("Health checks delivered to residents aged 40-74").target)
        XCTAssertNil(read("Pupils at Key Stage 2 reaching the expected standard").target)
        XCTAssertNil(read("Proportion of 16-17 year olds in learning").target)
        XCTAssertNil(read("% of referrals acknowledged within 2 working days").target, "the time defines what is counted")
        XCTAssertNil(read("Reoffending rate", "baseline 25% in 2023/24").target)
        XCTAssertNil(read("Number of training opportunities (Level 2,3, and 4+)").target)
        XCTAssertNil(read("Service turnaround leadtime as agreed").target)
        XCTAssertNil(read("KPI1 – Entry to the service").target)
    }

    func testUnits() {
        XCTAssertEqual(read("% of Participants who achieve a paid job start").unit?.value, .percent)
        XCTAssertEqual(read("Number of repair errors").unit?.value, .count)
        XCTAssertEqual(read("Customer satisfaction score").unit?.value, .score)
        XCTAssertEqual(read("Library visits per 1,000 population").unit?.value, .ratio)
        XCTAssertEqual(read("Average cost per participant").unit?.value, .gbp)
        XCTAssertEqual(read("Assessment within 12 hours of referral").unit?.value, .hours)
        XCTAssertEqual(read("First Time Fix Rate").unit?.value, .percent)
        XCTAssertEqual(read("Repairs completed within target").unit?.value, .percent)
        XCTAssertEqual(read("Missed bin collections").unit?.value, .count)
        XCTAssertNil(read("Customer Satisfaction").unit, "a topic names no quantity")
        XCTAssertNil(read("Quality Assurance Meetings").unit)
    }

    func testDirections() {
        XCTAssertEqual(read("Number of despatch errors").direction?.value, .decrease)
        XCTAssertEqual(read("Percentage reduction in CO2 compared to the baseline year").direction?.value, .increase)
        XCTAssertEqual(read("Staff vacancy rate", "no more than 8%").direction?.value, .decrease)
        XCTAssertEqual(read("Submission of reports at least 10 working days in advance").direction?.value, .increase)
        XCTAssertEqual(read("% of complaints resolved within 10 days").direction?.value, .increase)
        XCTAssertNil(read("Floating Support as a percentage split of the overall contract").direction)
    }

    func testLevels() {
        XCTAssertEqual(read("Job Outcome Rate", "% of Participants who achieve a paid job start").level?.value, .outcome)
        XCTAssertEqual(read("Quality Assurance Meetings").level?.value, .activity)
        XCTAssertEqual(read("Carbon Reduction Plan").level?.value, .activity, "the head noun decides a tie")
        XCTAssertEqual(read("First Time Fix Rate").level?.value, .output)
        XCTAssertEqual(read("Actual service capacity as a percentage of contracted service capacity").level?.value, .input)
        XCTAssertEqual(
            read("Initial Engagement Rate", "% of Participants engaged within 5 working days by an Employment Specialist").level?.value,
            .output)
        XCTAssertNil(read("Sustainability").level)
    }

    func testPlaceholdersAndBareTopics() {
        for text in [
            "- To be published as part of award of main works contract", "TBC", "See specification", "PI 4 in the contract", "KPI 1", "n/a",
            "",
        ] {
            XCTAssertTrue(read(text).isPlaceholder, text)
        }
        XCTAssertFalse(read("KPI 1", "Number of repair errors").isPlaceholder)
        XCTAssertFalse(read("Percentage of repairs completed as set out in the contract").isPlaceholder)
        for text in ["Quality", "Safeguarding", "Health & Safety", "Contract Management"] { XCTAssertTrue(read(text).isBareTopic, text) }
        XCTAssertFalse(read("Safeguarding", "Referrals made within 24 hours").isBareTopic)
        XCTAssertFalse(read("First Time Fix Rate").isBareTopic)
        XCTAssertFalse(read("Annual Quality Visits").isBareTopic, "three words")
    }

    func testEvidenceQuotesTheBuyersWords() {
        let r = read("Network availability", "97% or above for both connections")
        XCTAssertEqual(r.target?.evidence, "97% or above")
        XCTAssertEqual(r.unit?.value, .percent)
        XCTAssertFalse(r.level?.evidence.isEmpty ?? true)
        XCTAssertEqual(read("Assessments", "within thirteen (13) Calendar Days").target?.evidence, "within thirteen (13) Calendar Days")
    }

    func testNeverCrashesAndIsDeterministic() {
        var rng = SeededGenerator(seed: 14)
        let pieces = [
            "%", "£", "-", "(", ")", "/", "≥", "within", "12", "1,500", "at least", "by", "March", "2027", "KPI", "1", "all",
            "per", "annum", "every", "two", "months", ":", ".", "thirteen", "aged", "year", "olds", "’", "–", "£3k", "9999", "0",
        ]
        for _ in 0..<400 {
            let text = (0..<Int.random(in: 0...12, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined(
                separator: Bool.random(using: &rng) ? " " : "")
            XCTAssertEqual(KPIWords.read(title: text, description: text), KPIWords.read(title: text, description: text))
        }
    }
}

/// `KPIWords.fill`: what an import writes into a KPI the buyer described only in words.
final class KPIWordsFillTests: XCTestCase {
    private func kpi(_ title: String, _ description: String?, level: KPILevel? = nil, unit: MissionKPI.Unit? = nil) -> KPI {
        KPI(
            id: "1", title: title, description: description, level: level, measures: nil, unit: unit, direction: nil, baseline: nil,
            target: nil, bands: nil, frequency: nil, dataSource: nil, mostMaterial: false, waivers: [], sourceId: "1", inferred: [],
            locations: FieldLocations(file: "", mark: Mark(line: 0, column: 0)))
    }

    func testFillsWhatTheWordsSayAndListsIt() {
        var k = kpi("Network availability", "97% or above, by 31 March 2027")
        KPIWords.fill(&k)
        XCTAssertEqual(k.unit, .percent)
        XCTAssertEqual(k.direction, .increase)
        XCTAssertEqual(k.level, .output)
        XCTAssertEqual(k.target?.value, 97)
        XCTAssertEqual(k.target?.date, Day(year: 2027, month: 3, day: 31))
        XCTAssertEqual(k.inferred, [.level, .unit, .direction, .target])
    }

    func testAStatedFieldIsNeverReplacedNorMarked() {
        var k = kpi("Job Outcome Rate", "% of Participants who achieve a paid job start", level: .output, unit: .count)
        KPIWords.fill(&k)
        XCTAssertEqual(k.level, .output)
        XCTAssertEqual(k.unit, .count)
        XCTAssertEqual(k.inferred, [.direction])
    }

    func testAPlaceholderFillsNothing() {
        var k = kpi("- To be published as part of award of main works contract", nil)
        KPIWords.fill(&k)
        XCTAssertNil(k.level)
        XCTAssertNil(k.unit)
        XCTAssertEqual(k.inferred, [])
    }
}
