import Foundation
import MissionKPI

/// Each supplier's record across departments, for the supplier pages and `data/suppliers.*`: its contracts,
/// their value, the KPI ratings over time, the s.71 annual assessments, watermelons and the UK9 ratings
/// authorities published. Built once per publish from the report's judgements; judges nothing itself.
struct SupplierRecords: Sendable {
    /// Counts of rated periods by rating in one calendar quarter (the quarter the period ends in).
    struct Quarter: Sendable, Hashable {
        var label: String
        var counts: [Rating: Int]
        /// Periods rated good, of those rated (not `other`).
        var shareGood: Double? {
            let rated = counts.filter { $0.key != .other }.values.reduce(0, +)
            return rated == 0 ? nil : Double(counts[.good] ?? 0) / Double(rated)
        }
    }

    /// One supplier.
    struct Record: Sendable {
        var supplier: SupplierIndex.Supplier
        /// Its page's file name (a valid id): `suppliers/<slug>.html`.
        var slug: String
        var contracts: [Contract]
        /// The contracts' values including VAT, summed (GBP contracts; others are not added).
        var value: Decimal
        var kpis: Int
        /// KPIs whose latest rating is one of the four that judge (not `other`).
        var rated: Int
        var good: Int
        var quarters: [Quarter]
        var annual: [AnnualAssessment]
        var watermelons: [Watermelon]
        var published: [PublishedAssessment]

        /// The share of rated KPIs whose latest rating is good.
        var shareGood: Double? { rated == 0 ? nil : Double(good) / Double(rated) }
    }

    /// Every supplier, by slug.
    var records: [Record]
    private var slugOfContract: [String: String] = [:]

    init(_ ws: Workspace, assessment: Assessment, published: [PublishedAssessment]) {
        let index = SupplierIndex(ws)
        let slugs = Self.slugs(index.suppliers)
        var publishedByContract: [String: [PublishedAssessment]] = [:]
        for p in published { publishedByContract[p.contract, default: []].append(p) }
        var watermelonsByContract: [String: [Watermelon]] = [:]
        for w in assessment.watermelons { watermelonsByContract[w.contract, default: []].append(w) }
        records = zip(index.suppliers, slugs).map { s, slug in
            let contracts = s.contracts.compactMap { ws.contract($0) }
            var value = Decimal(0), kpis = 0, rated = 0, good = 0
            var quarters: [String: [Rating: Int]] = [:]
            for c in contracts {
                if c.value.currency == "GBP" { value += c.value.grossAmount }
                for k in assessment.kpis(contract: c.id) {
                    kpis += 1
                    if let r = k.latest?.rating, r != .other {
                        rated += 1
                        if r == .good { good += 1 }
                    }
                    for p in k.periods {
                        let end = p.period.end
                        quarters["\(end.year)-Q\((end.month - 1) / 3 + 1)", default: [:]][p.rating, default: 0] += 1
                    }
                }
            }
            return Record(
                supplier: s, slug: slug, contracts: contracts, value: value, kpis: kpis, rated: rated, good: good,
                quarters: quarters.keys.sorted().map { Quarter(label: $0, counts: quarters[$0]!) },
                annual: s.contracts.flatMap { assessment.annual(contract: $0) },
                watermelons: s.contracts.flatMap { watermelonsByContract[$0] ?? [] },
                published: s.contracts.flatMap { publishedByContract[$0] ?? [] })
        }.sorted { $0.slug < $1.slug }
        for r in records { for c in r.supplier.contracts { slugOfContract[c] = r.slug } }
    }

    /// The slug of the supplier of a contract.
    func slug(ofContract id: String) -> String? { slugOfContract[id] }

    /// A file name for each supplier, in order: its identifier or normalised name in lower case, with every
    /// run of other characters as one `-`, at most 55 characters; when two suppliers would share one (or it
    /// would be empty), each gets a short hash of its key. Always a valid id, so it cannot leave the folder.
    static func slugs(_ suppliers: [SupplierIndex.Supplier]) -> [String] {
        let bases = suppliers.map { s -> String in
            let source = s.identifier ?? String(s.key.drop { $0 != ":" }.dropFirst())
            var out = "", dash = false
            for u in source.lowercased().unicodeScalars {
                if (u >= "a" && u <= "z") || (u >= "0" && u <= "9") {
                    if dash && !out.isEmpty { out += "-" }
                    out.unicodeScalars.append(u)
                    dash = false
                } else {
                    dash = true
                }
                if out.count >= 55 { break }
            }
            return out
        }
        var uses: [String: Int] = [:]
        for b in bases { uses[b, default: 0] += 1 }
        return zip(suppliers, bases).map { s, base in
            guard base.isEmpty || uses[base]! > 1 else { return base }
            let hash = String(SHA256.hex(Array(s.key.utf8)).prefix(8))
            return base.isEmpty ? "supplier-" + hash : base + "-" + hash
        }
    }
}
