import Foundation
import MissionKPI
import Testing

@testable import MissionKPIPublish

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The SVG charts and the theory-of-change diagram: escaping, ids, encodings that do not rest on colour,
/// deterministic layout and degenerate input.
@Suite struct ChartsTests {
    static let hostile = "Waits <script>alert('x')</script> & \"more\""
    static func day(_ s: String) -> Day { Day(parsing: s)! }
    static func pt(_ d: String, _ v: Double) -> PathPoint { PathPoint(date: day(d), value: v) }

    static func milestone(id: String = "chart-ms-rtt", title: String = "RTT", actuals: [PathPoint]? = nil) -> MilestoneChartSpec {
        MilestoneChartSpec(
            id: id, title: title, unit: .percent, direction: .increase, baseline: pt("2024-09-30", 59.1),
            expected: [pt("2026-03-31", 65), pt("2027-03-31", 70)], target: pt("2029-03-31", 92),
            actuals: actuals ?? [pt("2025-10-31", 61.7), pt("2024-09-30", 59.1), pt("2026-09-30", 61.6)],
            projection: [pt("2024-09-30", 60), pt("2029-03-31", 65.8)], asOf: day("2026-11-24"))
    }

    static func kpi(
        id: String = "chart-c-k1", title: String = "Satisfaction", direction: Direction = .increase,
        ratings: [Rating] = [.good, .approachingTarget, .requiresImprovement, .inadequate, .other]
    ) -> KPIChartSpec {
        let values = [96.0, 92, 85, 70, 50]
        let points = ratings.enumerated().map { i, r in
            KPIChartPoint(label: "2025-0\(i + 1)", periodEnd: Day(year: 2025, month: i + 1, day: 28)!, value: values[i % 5], rating: r)
        }
        return KPIChartSpec(
            id: id, title: title, unit: .percent, direction: direction, bands: ChartBands(good: 95, approaching: 90, requires: 80),
            target: 95, actuals: points)
    }

    // MARK: Escaping, ids, safety

    @Test func hostileTextIsEscapedAndTheSVGIsWellFormed() {
        let node = DiagramNode(
            id: "n1", level: .activity, statement: Self.hostile, leadsTo: ["m1"], evidence: "1 KPI · <b>", rating: .good, covered: true)
        let svgs = [
            Charts.milestone(Self.milestone(title: Self.hostile)), Charts.kpi(Self.kpi(title: Self.hostile)),
            TheoryDiagram.svg(
                TheoryDiagramSpec(
                    missionID: "m", missionTitle: Self.hostile, nodes: [node],
                    milestones: [DiagramMilestone(id: "m1", title: "A & B", status: "<On track>")])),
        ]
        for svg in svgs {
            #expect(!svg.contains("<script"))
            #expect(!svg.contains("<b>"))
            #expect(svg.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;"))
            #expect(SVGProbe(svg).error == nil, "not well-formed XML: \(String(describing: SVGProbe(svg).error))")
            for banned in ["<script", "foreignObject", "href", "url(", "http://www.w3.org/1999/xlink", "<image", "<use"] {
                #expect(!svg.contains(banned), "\(banned) in an SVG")
            }
        }
        #expect(SVGMarkup.escape("a\u{0}b\u{1B}c") == "a b c")
        #expect(SVGProbe("<svg><text>a & b</text></svg>").error != nil, "the probe must reject what is not XML")
    }

    @Test func everySVGIsLabelledByItsOwnTitleAndDescription() {
        let a = Charts.milestone(Self.milestone(id: "chart-ms-a b/<c>")), b = Charts.kpi(Self.kpi(id: "chart-x-k1"))
        let c = TheoryDiagram.svg(TheoryDiagramSpec(missionID: "nhs", missionTitle: "NHS", nodes: [], milestones: []))
        var all: [String] = []
        for (svg, id) in [(a, "chart-ms-a-b--c-"), (b, "chart-x-k1"), (c, "toc-nhs")] {
            #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
            #expect(svg.contains("role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\""))
            #expect(svg.contains("<title id=\"\(id)-title\">"))
            #expect(svg.contains("<desc id=\"\(id)-desc\">"))
            #expect(svg.contains("width=\"100%\"") && svg.contains("viewBox=\"0 0 "))
            all += SVGProbe(svg).ids
        }
        #expect(Set(all).count == all.count, "ids repeat: \(all)")
        #expect(all.allSatisfy { $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") } })
        #expect(SVGMarkup.sanitise("9 lives") == "c-9-lives")
    }

    @Test func coordinatesHaveAtMostOneDecimal() {
        let svg = Charts.milestone(Self.milestone()) + Charts.kpi(Self.kpi())
        let attributes = svg.matches(of: /="([^"]*)"/).map { String($0.output.1) }
        let long = attributes.filter { $0.contains(/\d\.\d\d/) }
        #expect(long.isEmpty, "\(long)")
    }

    // MARK: Milestone chart

    @Test func milestoneChartDrawsEachSeriesInItsOwnStyleAndSaysTheNumbers() {
        let svg = Charts.milestone(Self.milestone())
        #expect(svg.contains("stroke-dasharray=\"7 4\""))  // planned path, dashed
        #expect(svg.contains("stroke-dasharray=\"0.5 5\""))  // projection, dotted
        // The actuals: solid.
        #expect(svg.contains("<polyline points=\"") && svg.contains("stroke=\"#1d70b8\" stroke-width=\"2.5\" stroke-linejoin"))
        for words in [
            "Planned path (dashed, open squares)", "Target: 92% by 31 Mar 2029", "Actual (solid, dots): latest 61.6% on 30 Sep 2026",
            "Trend of recent actuals (dotted): 65.8% by 31 Mar 2029", "As of 24 Nov 2026", ">2026<", ">60%<",
        ] {
            #expect(svg.contains(words), "missing \(words)")
        }
        let desc = SVGProbe(svg).desc
        #expect(desc.contains("baseline 59.1% on 2024-09-30") && desc.contains("target 92% on 2029-03-31"))
        #expect(desc.contains("3 actual values, from 59.1% on 2024-09-30 to 61.6% on 2026-09-30"))
    }

    @Test func axisLabelsCarryTheUnit() {
        #expect(AxisText.tick(60, .percent) == "60%")
        #expect(AxisText.tick(1_500_000, .gbp) == "£1.5m")
        #expect(AxisText.tick(2_500_000_000, .gbp) == "£2.5bn")
        #expect(AxisText.tick(12_000, .gbp) == "£12k")
        #expect(AxisText.tick(-250, .gbp) == "-£250")
        #expect(AxisText.tick(12_000, .count) == "12,000")
        #expect(AxisText.tick(2_000_000, .count) == "2m")
        #expect(AxisText.ticks([0, 500_000, 1_000_000, 1_500_000], .count) == ["0", "0.5m", "1m", "1.5m"])
        #expect(AxisText.ticks([0, 5_000, 10_000], .gbp) == ["£0", "£5k", "£10k"])
        #expect(AxisText.ticks([0, 500, 1_000], .gbp) == ["£0", "£500", "£1,000"])
        #expect(KPIChart.padding([0, 100], unit: .percent) == [0, 100])
        #expect(KPIChart.padding([10, 20], unit: .count) == [8.8, 21.2])
        #expect(KPIChart.padding([1, 101], unit: .percent) == [0, 113])
        #expect(AxisText.tick(0.30000000000000004, .ratio) == "0.3")
        let long = DayScale(days: [Self.day("2024-09-30"), Self.day("2029-03-31")], from: 0, to: 500).ticks(maxTicks: 8)
        #expect(long.map(\.label) == ["2025", "2026", "2027", "2028", "2029"])
        let short = DayScale(days: [Self.day("2025-01-15"), Self.day("2025-06-30")], from: 0, to: 500).ticks(maxTicks: 8)
        #expect(short.map(\.label) == ["Feb 2025", "Mar 2025", "Apr 2025", "May 2025", "Jun 2025"])
        #expect(ValueScale(values: [59.1, 92], from: 200, to: 0, ticks: 5).ticks == [50, 60, 70, 80, 90, 100])
    }

    // MARK: KPI chart

    @Test func kpiMarkersDifferByRatingAndTheKeyNamesEveryBand() {
        let svg = Charts.kpi(Self.kpi())
        for shape in ["circle", "diamond", "triangle", "cross", "square"] { #expect(svg.contains("class=\"mk-\(shape)\""), "no \(shape)") }
        let shapes = Rating.allCases.map {
            Markers.rating($0, x: 0, y: 0).replacing(#/ class="[^"]*"| fill="[^"]*"| stroke="[^"]*"/#, with: "")
        }
        #expect(Set(shapes).count == Rating.allCases.count, "two ratings share a marker shape")
        for label in [">Good<", ">Approaching target<", ">Requires improvement<", ">Inadequate<", ">Target 95%<"] {
            #expect(svg.contains(label))
        }
        #expect(SVGProbe(svg).desc.contains("5 returns from 2025-01 to 2025-05; latest 50% (2025-05), rated other."))
    }

    @Test func lowerIsBetterPutsGoodAtTheBottom() {
        let up = KPIChart(Self.kpi(direction: .increase)), down = KPIChart(Self.kpi(direction: .decrease))
        func centre(_ c: KPIChart, _ r: Rating) -> Double {
            let b = c.bands.first { $0.rating == r }!
            return c.y.pixel((b.lo + b.hi) / 2)
        }
        #expect(centre(up, .good) < centre(up, .inadequate))  // smaller y is higher on the page
        #expect(centre(down, .good) > centre(down, .inadequate))
        #expect(SVGProbe(Charts.kpi(Self.kpi(direction: .decrease))).desc.contains("good at or below 95%"))
    }

    // MARK: Degenerate input

    @Test(arguments: [
        [PathPoint](), [pt("2026-01-31", 61)], [pt("2026-01-31", 5), pt("2025-01-31", 5), pt("2027-01-31", 5)],
        [pt("2026-01-31", .nan), pt("2026-02-28", .infinity), pt("2026-03-31", 1e300)],
    ])
    func milestoneChartSurvivesDegenerateInput(_ actuals: [PathPoint]) {
        var spec = Self.milestone(actuals: actuals)
        let variants = [
            spec,
            {
                spec.baseline = nil; spec.expected = []; spec.target = nil; spec.projection = []; return spec
            }(),
            {
                spec.target = Self.pt("2020-01-01", 92); spec.expected = [Self.pt("2030-01-01", 1), Self.pt("2019-01-01", 2)]; return spec
            }(),
        ]
        for s in variants { Self.expectSane(Charts.milestone(s)) }
    }

    @Test func kpiChartSurvivesDegenerateInput() {
        var s = Self.kpi()
        s.actuals = []
        Self.expectSane(Charts.kpi(s))
        s.actuals = [KPIChartPoint(label: "2025-01", periodEnd: Self.day("2025-01-31"), value: 7, rating: .good)]
        Self.expectSane(Charts.kpi(s))
        s.bands = nil
        s.target = nil
        Self.expectSane(Charts.kpi(s))
        s.bands = ChartBands(good: 10, approaching: 50, requires: .nan)
        s.actuals += [KPIChartPoint(label: "2024-12", periodEnd: Self.day("2024-12-31"), value: .nan, rating: .other)]
        Self.expectSane(Charts.kpi(s))
        s.bands = ChartBands(good: 7, approaching: 7, requires: 7)
        s.target = 7
        Self.expectSane(Charts.kpi(s))
        s.actuals.append(KPIChartPoint(label: "9999-12", periodEnd: Self.day("9999-12-31"), value: -1e300, rating: .inadequate))
        s.target = 1e300
        Self.expectSane(Charts.kpi(s))
    }

    static func expectSane(_ svg: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let probe = SVGProbe(svg)
        #expect(probe.error == nil, "not well-formed: \(String(describing: probe.error))", sourceLocation: sourceLocation)
        let attributes = svg.matches(of: /="([^"]*)"/).map { String($0.output.1) }
        #expect(!attributes.contains { $0.contains("NaN") || $0.contains("inf") || $0.contains("e+") }, sourceLocation: sourceLocation)
        #expect(svg.hasSuffix("</svg>"), sourceLocation: sourceLocation)
    }
}

/// Parses an SVG as XML and collects its ids, its description and any parse error.
final class SVGProbe: NSObject, XMLParserDelegate {
    var ids: [String] = []
    var desc = ""
    var error: Error?
    private var inDesc = false

    init(_ svg: String) {
        super.init()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = self
        if !parser.parse() { error = parser.parserError ?? NSError(domain: "SVGProbe", code: 1) }
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        if let id = attributes["id"] { ids.append(id) }
        inDesc = name == "desc"
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if inDesc { desc += string } }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) { inDesc = false }
}
