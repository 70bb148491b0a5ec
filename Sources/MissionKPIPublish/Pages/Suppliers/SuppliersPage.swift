import Foundation
import MissionKPI

/// The suppliers index: every supplier with its contracts, departments, value and the share of its KPIs
/// rated good, in one of two orders (each page links to the other, so it sorts without scripts).
struct SuppliersPage: Sendable {
    /// The two orders, each its own page.
    enum Order: String, CaseIterable, Sendable {
        /// Largest total value first.
        case value
        /// Smallest share of KPIs rated good first (suppliers with no rated KPI last).
        case good

        /// The page's file name.
        var file: String { self == .value ? "suppliers.html" : "suppliers-by-rating.html" }
        /// Words for the link.
        var words: String { self == .value ? "total value, largest first" : "share of KPIs rated good, lowest first" }
    }

    struct Row: Sendable {
        var link: Link
        var identifier: String
        var departments: Int
        var contracts: Int
        var value: String
        var shareGood: String
        var rated: String
        var overdue: Int
        var watermelons: Int
        var published: Int
    }

    struct OrderLink: Sendable {
        var href: String
        var text: String
        var current: Bool
        /// What follows the link (` · ` between links).
        var separator: String
    }

    var frame: PageFrame
    var intro: String
    var orders: [OrderLink]
    var orderWords: String
    var rows: [Row]

    init(report: SiteReport, path: SitePath, order: Order) {
        let root = path.rootPrefix
        let r = report.redactor
        frame = PageFrame(report, title: "Suppliers", path: path, section: .suppliers)
        let all = report.suppliers.records
        let shared = all.filter { $0.supplier.departments.count > 1 }.count
        intro =
            "\(Words.count(all.count, "supplier")) hold the \(Words.count(report.workspace.contracts.count, "contract")) of this "
            + "workspace; \(shared) of them hold contracts in more than one department. A supplier is known by its identifier "
            + "(a Companies House number), else by its name written the same way."
        orders = Order.allCases.enumerated().map { i, o in
            OrderLink(href: root + o.file, text: o.words, current: o == order, separator: i + 1 < Order.allCases.count ? " · " : "")
        }
        orderWords = order.words
        let sorted: [SupplierRecords.Record]
        switch order {
        case .value:
            sorted = all.sorted { $0.value != $1.value ? $0.value > $1.value : $0.slug < $1.slug }
        case .good:
            sorted = all.sorted { a, b in
                switch (a.shareGood, b.shareGood) {
                case let (x?, y?) where x != y: x < y
                case (nil, _?): false
                case (_?, nil): true
                default: a.slug < b.slug
                }
            }
        }
        rows = sorted.map { s in
            Row(
                link: Link(href: Href.supplier(s.slug, root: root), text: r.text(s.supplier.name)),
                identifier: r.text(s.supplier.identifier) ?? "—", departments: s.supplier.departments.count,
                contracts: s.contracts.count, value: Words.shortMoney(s.value), shareGood: Words.percent(s.shareGood),
                rated: "\(s.good) of \(s.rated)", overdue: s.annual.filter(\.isOverdue).count, watermelons: s.watermelons.count,
                published: s.published.count)
        }
    }
}
