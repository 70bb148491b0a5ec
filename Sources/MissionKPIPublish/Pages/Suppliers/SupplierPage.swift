import Foundation
import MissionKPI

/// One supplier's record across departments: its contracts, the ratings of their KPIs over time, the s.71
/// annual assessments, watermelons, and the ratings authorities published in UK9 notices.
struct SupplierPage: Sendable {
    struct ContractRow: Sendable {
        var link: Link
        var title: String
        var department: Link
        var value: String
        var term: String
        var missions: [Link]
        var ratings: String
    }

    struct QuarterRow: Sendable {
        var label: String
        var good: Int
        var approaching: Int
        var requires: Int
        var inadequate: Int
        var other: Int
        var share: String
    }

    struct KPIRow: Sendable {
        var kpi: Link
        var title: String
        var latest: Tag
        var period: String
        var earlier: String
    }

    struct AnnualRow: Sendable {
        var contract: Link
        var year: Int
        var period: String
        var due: String
        var status: Tag
        var overall: Tag
    }

    struct WatermelonRow: Sendable {
        var contract: Link
        var milestone: Link
        var reason: String
    }

    struct PublishedRow: Sendable {
        var kpi: Link
        var period: String
        var measure: String
        var rating: Tag
        var description: String
        var release: String
        var date: String
    }

    var frame: PageFrame
    var name: String
    var facts: [ContractPage.Fact]
    var figures: String
    var contracts: [ContractRow]
    var quarters: [QuarterRow]
    var kpis: [KPIRow]
    var annual: [AnnualRow]
    var watermelons: [WatermelonRow]
    var published: [PublishedRow]

    init(_ s: SupplierRecords.Record, report: SiteReport, path: SitePath) {
        let root = path.rootPrefix
        let r = report.redactor, ws = report.workspace, a = report.assessment
        name = r.text(s.supplier.name)
        frame = PageFrame(
            report, title: name, path: path, section: .suppliers, breadcrumbs: [Link(href: root + "suppliers.html", text: "Suppliers")])
        var facts = [ContractPage.Fact(label: "Identifier", value: r.text(s.supplier.identifier) ?? "None given: known by its name")]
        if !s.supplier.otherNames.isEmpty {
            facts.append(ContractPage.Fact(label: "Also written", value: s.supplier.otherNames.map(r.text).joined(separator: "; ")))
        }
        let sme = s.contracts.contains { $0.supplier.sme == true }, vcse = s.contracts.contains { $0.supplier.vcse == true }
        facts.append(ContractPage.Fact(label: "SME", value: sme ? "Yes (on at least one contract)" : "Not stated"))
        if vcse { facts.append(ContractPage.Fact(label: "VCSE", value: "Yes (on at least one contract)")) }
        facts.append(
            ContractPage.Fact(
                label: "KPIs rated good", value: "\(Words.percent(s.shareGood)) (\(s.good) of \(s.rated) rated KPIs, latest period)"))
        self.facts = facts
        figures =
            "\(Words.count(s.contracts.count, "contract")) in \(Words.count(s.supplier.departments.count, "department")), "
            + "worth \(Words.money(s.value)) including VAT, with \(Words.count(s.kpis, "KPI"))."
        contracts = s.contracts.map { c in
            var counts: [Rating: Int] = [:]
            for k in a.kpis(contract: c.id) { counts[k.latestRating, default: 0] += 1 }
            let missions = Set(c.contributesTo.map(\.node.mission) + c.kpis.compactMap { $0.measures?.mission }).sorted()
            return ContractRow(
                link: Link(href: Href.contract(c.id, root: root), text: c.id), title: r.text(c.title),
                department: Link(
                    href: Href.department(c.department, root: root), text: r.text(ws.department(c.department)?.name ?? c.department)),
                value: Words.shortMoney(c.value.grossAmount), term: "\(c.start) to \(c.end)",
                missions: missions.compactMap { id in
                    ws.mission(id).map { Link(href: Href.mission(id, root: root), text: r.text($0.title)) }
                },
                ratings: AssessmentWords.counts(counts))
        }
        quarters = s.quarters.map { q in
            QuarterRow(
                label: q.label, good: q.counts[.good] ?? 0, approaching: q.counts[.approachingTarget] ?? 0,
                requires: q.counts[.requiresImprovement] ?? 0, inadequate: q.counts[.inadequate] ?? 0, other: q.counts[.other] ?? 0,
                share: Words.percent(q.shareGood))
        }
        kpis = s.contracts.flatMap { c in
            a.kpis(contract: c.id).map { k in
                KPIRow(
                    kpi: Link(href: Href.kpi(c.id, k.kpi, root: root), text: "\(c.id)/\(k.kpi)"),
                    title: r.text(c.kpi(k.kpi)?.title ?? k.kpi),
                    latest: Tag.rating(k.latestRating), period: k.latest?.period.text ?? "No returns",
                    earlier: k.periods.dropLast().suffix(4).map { "\($0.period.text) \($0.rating.lowercasedLabel)" }.joined(separator: "; ")
                )
            }
        }
        annual = s.annual.map { y in
            AnnualRow(
                contract: Link(href: Href.contract(y.contract, root: root), text: y.contract), year: y.year,
                period: "\(y.start) to \(y.end)",
                due: y.due.description, status: Tag.annual(y, asOf: report.asOf), overall: Tag.rating(y.overall))
        }
        watermelons = s.watermelons.map { w in
            WatermelonRow(
                contract: Link(href: Href.contract(w.contract, root: root), text: w.contract),
                milestone: Link(
                    href: Href.outcome(w.milestone, root: root, isMilestone: true),
                    text: r.text(ws.milestone(w.milestone)?.title ?? w.milestone.id)),
                reason: r.text(w.reason))
        }
        published = s.published.map { p in
            PublishedRow(
                kpi: Link(href: Href.kpi(p.contract, p.kpi, root: root), text: "\(p.contract)/\(p.kpi)"), period: p.periodText,
                measure: r.text(p.measure) ?? "—", rating: Tag.rating(p.classification.rating),
                description: r.text(p.classificationDescription) ?? p.classification.rawValue, release: r.text(p.release),
                date: String(p.releaseDate.prefix(10)))
        }
    }
}
