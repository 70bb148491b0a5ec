import Testing

@testable import MissionKPI
@testable import MissionKPIPublish

/// The text reports' shortcuts (ASCII widths, one-pass counts, grouping by runs) give the plain answers.
@Suite("Text reports: fast paths agree with the plain computation")
struct TextReportFastPathTests {
    static func d(_ s: String) -> Day { Day(parsing: s)! }

    static func item(_ contract: String, _ kpi: String, _ rating: Rating, _ state: DataState, direct: Bool) -> EvidenceItem {
        EvidenceItem(
            contract: contract, kpi: kpi, measures: OutcomeRef(mission: "m", id: direct ? "n" : "up"), rating: rating,
            dataState: state, direct: direct)
    }

    @Test("Widths count characters: bytes for ASCII, grapheme clusters otherwise (CR LF is one)")
    func widths() {
        for s in ["", "abc", "—", "£1,200", "é", "e\u{301}", "a\r\nb", "🇬🇧 flag", "plain text 123"] {
            #expect(AssessmentWords.width(s) == s.count, "\(s.debugDescription)")
        }
    }

    @Test("Tables pad by characters and end no line in a space")
    func table() {
        let lines = AssessmentWords.table([["a", "—", ""], ["long cell", "x", ""], ["b", "é", "last"]], indent: "  ")
        #expect(lines == ["  a          —", "  long cell  x", "  b          é  last"])
        #expect(AssessmentWords.pad("—", 3) == "—  ")
    }

    @Test("Evidence by contract: the same lines whether the items come in contract order or not")
    func byContract() {
        let items = [
            Self.item("a", "k1", .good, .current, direct: true), Self.item("a", "k2", .inadequate, .missing, direct: false),
            Self.item("b", "k1", .other, .stale(lastPeriodEnd: Self.d("2025-01-31")), direct: true),
            Self.item("c", "k1", .good, .current, direct: false),
        ]
        let expected = [
            "  a  2 KPIs: 1 good, 1 inadequate  1 no returns  direct; via up",
            "  b  1 KPI: 1 other                1 stale       direct",
            "  c  1 KPI: 1 good                               via up",
        ]
        #expect(AssessmentText.byContract(items, indent: "  ") == expected)
        #expect(AssessmentText.byContract([items[2], items[3], items[1], items[0]], indent: "  ") == expected)
        #expect(AssessmentText.byContract([], indent: "  ") == [])
    }

    @Test("Rating counts by rank read as the counts by rating")
    func countsByRank() {
        let counts: [Rating: Int] = [.good: 2, .other: 1, .requiresImprovement: 4]
        #expect(AssessmentWords.counts(byRank: Rating.allCases.map { counts[$0] ?? 0 }) == AssessmentWords.counts(counts))
        #expect(AssessmentWords.counts(byRank: [0, 0, 0, 0, 0]) == "none")
    }
}
