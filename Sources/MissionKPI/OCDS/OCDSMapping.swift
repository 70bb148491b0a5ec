import Foundation

/// What a set of releases holds for the workspace: contracts with KPIs or an exemption (merged per
/// contracting process), and published assessments (each UK9 release on its own).
public struct OCDSContents: Sendable {
    /// Sorted by ocid, then contract id.
    public var contracts: [OCDSContractFacts]
    /// In reading order.
    public var published: [OCDSPublishedObservation]
    public var releaseCount: Int
    public var processCount: Int
    /// Releases whose id was unusable (see `OCDSRelease.stableID`).
    public var unusableReleaseIDs: Int
}

/// Maps releases to `OCDSContents` (see Documentation/OCDS.md for the mapping, field by field).
public enum OCDSMapping {
    /// Maps `releases`; throws an `OCDSInputError` for a classification outside the UK codelist.
    public static func map(_ releases: [OCDSRelease]) throws -> OCDSContents {
        var groups: [String: [Int]] = [:]
        for (i, r) in releases.enumerated() { groups[r.ocid, default: []].append(i) }
        var contracts: [OCDSContractFacts] = []
        for ocid in groups.keys.sorted() {
            let group = (groups[ocid] ?? []).map { releases[$0] }
            guard group.contains(where: { r in (r.node["contracts"]?.items ?? []).contains(where: isRelevant) }) else { continue }
            contracts += facts(of: group)
        }
        var published: [OCDSPublishedObservation] = []
        for r in releases { published += try publishedObservations(r) }
        return OCDSContents(
            contracts: contracts, published: published, releaseCount: releases.count, processCount: groups.count,
            unusableReleaseIDs: releases.filter { $0.stableID != $0.id }.count)
    }

    /// A contract with agreed metrics, a rationale for having none, or published assessments.
    static func isRelevant(_ c: JSONNode) -> Bool {
        !(c["agreedMetrics"]?.items.isEmpty ?? true) || c["noAgreedMetricsRationale"]?.string != nil
            || !(c["implementation"]?["metrics"]?.items.isEmpty ?? true)
    }

    /// The relevant contracts of one contracting process, from its compiled release.
    static func facts(of group: [OCDSRelease]) -> [OCDSContractFacts] {
        let compiled = OCDSMerge.compile(group)
        let newestFirst = group.sorted { ($0.instant, $0.order) > ($1.instant, $1.order) }
        var out: [OCDSContractFacts] = []
        for c in compiled["contracts"]?.items ?? [] where isRelevant(c) {
            guard let id = c["id"]?.idText else { continue }
            let from = newestFirst.first { r in (r.node["contracts"]?.items ?? []).contains { $0["id"]?.idText == id } } ?? newestFirst[0]
            var notes: [String] = []
            let source = ContractSource(
                ocid: from.ocid, contract: id, release: from.stableID, date: from.day, notice: from.noticeType(contract: id))
            var f = OCDSContractFacts(
                ocid: from.ocid, contract: id, title: nil, buyer: buyer(compiled), supplier: nil, value: nil, start: nil, end: nil,
                procedure: procedure(compiled["tender"]?["procurementMethodDetails"]?.string), exemption: nil, metrics: [],
                hasPublishedMetrics: !(c["implementation"]?["metrics"]?.items.isEmpty ?? true), source: source, notes: [])
            let award = (compiled["awards"]?.items ?? []).first { $0["id"]?.idText == c["awardID"]?.idText && c["awardID"] != nil }
            f.title = text(c["title"]) ?? text(award?["title"]) ?? text(compiled["tender"]?["title"])
            f.supplier = supplier(award?["suppliers"]?.items ?? [])
            f.value = money(c["value"], &notes)
            (f.start, f.end) = period(c["period"], &notes)
            f.exemption = c["noAgreedMetricsRationale"]?.string?.trimmingCharacters(in: .whitespacesAndNewlines)
            f.metrics = (c["agreedMetrics"]?.items ?? []).compactMap { metric($0, &notes) }
            f.notes = notes.map { "\(from.ocid) contract \(OCDSWords.quoted(id, limit: 20)): \($0)" }
            out.append(f)
        }
        return out.sorted { $0.contract < $1.contract }
    }

    /// Text that is not blank.
    static func text(_ node: JSONNode?) -> String? {
        guard let s = node?.string, !s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return s
    }

    /// The `buyer` (with its name from `parties` when the reference lacks one), else the party with role buyer.
    static func buyer(_ release: JSONNode) -> OCDSBuyer? {
        let parties = release["parties"]?.items ?? []
        if let b = release["buyer"], let id = b["id"]?.idText, !id.isEmpty {
            let name = text(b["name"]) ?? text(parties.first { $0["id"]?.idText == id }?["name"])
            return name.map { OCDSBuyer(party: id, name: $0) }
        }
        let p = parties.first { ($0["roles"]?.items ?? []).contains { $0.string == "buyer" } }
        guard let id = p?["id"]?.idText, !id.isEmpty, let name = text(p?["name"]) else { return nil }
        return OCDSBuyer(party: id, name: name)
    }

    /// The award's suppliers: one is named with its id; several are named together, without an id.
    static func supplier(_ suppliers: [JSONNode]) -> Supplier? {
        let named = suppliers.compactMap { s in text(s["name"]).map { (name: $0, id: s["id"]?.idText) } }
        guard let first = named.first else { return nil }
        if named.count == 1 { return Supplier(name: first.name, id: first.id, sme: nil, vcse: nil) }
        return Supplier(name: named.map(\.name).joined(separator: "; "), id: nil, sme: nil, vcse: nil)
    }

    /// `amountGross` (VAT included), else `amount` (VAT excluded), with the currency.
    static func money(_ value: JSONNode?, _ notes: inout [String]) -> Money? {
        guard let value, value.isObject else { return nil }
        let gross = value["amountGross"]?.number, net = value["amount"]?.number
        guard let digits = gross ?? net else { return nil }
        guard let currency = value["currency"]?.string, currency.utf8.count == 3, currency.allSatisfy({ $0.isASCII && $0.isUppercase })
        else {
            notes.append("its value has no three-letter currency, so the value was not taken")
            return nil
        }
        guard let amount = Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX")), amount >= 0, Double(digits)?.isFinite == true
        else {
            notes.append("its value \(OCDSWords.quoted(digits, limit: 30)) is not an amount the workspace can hold, so it was not taken")
            return nil
        }
        return Money(amount: amount, currency: currency, includesVAT: gross != nil)
    }

    /// The dates of `startDate` and `endDate` as written (the date part of each date-time).
    static func period(_ period: JSONNode?, _ notes: inout [String]) -> (Day?, Day?) {
        let start = period?["startDate"]?.string.flatMap { Day(parsing: $0.prefix(10)) }
        let end = period?["endDate"]?.string.flatMap { Day(parsing: $0.prefix(10)) }
        if let start, let end, end < start {
            notes.append("its period ends (\(end)) before it starts (\(start)), so the period was not taken")
            return (nil, nil)
        }
        return (start, end)
    }

    /// Find a Tender's procedure names that match the workspace's procedures; others are left out.
    static let procedures: [String: Procedure] = [
        "open procedure": .open, "competitive flexible procedure": .competitiveFlexible, "direct award": .direct,
        "award under framework": .callOff, "below threshold - award under framework": .callOff,
    ]

    static func procedure(_ details: String?) -> Procedure? {
        details.flatMap { procedures[$0.trimmingCharacters(in: .whitespaces).lowercased()] }
    }

    /// An agreed metric, or nil (with a note) when it has no id.
    static func metric(_ node: JSONNode, _ notes: inout [String]) -> OCDSMetric? {
        guard let id = node["id"]?.idText, !id.isEmpty else {
            notes.append("an agreed metric without an id was left out (a KPI needs one to be updated later)")
            return nil
        }
        var frequency: Frequency?
        let observation = (node["observations"]?.items ?? []).first { $0["id"]?.string == "frequency" }
        if let months = observation?["period"]?["durationInMonths"]?.number {
            if let n = Double(months), n == n.rounded(), let f = Frequency(months: Int(exactly: n) ?? 0) {
                frequency = f
            } else {
                notes.append(
                    "metric \(OCDSWords.quoted(id, limit: 20)) says every \(OCDSWords.quoted(months, limit: 20)) months, which is not a whole number from 1 to \(Frequency.maxMonths); its frequency was left out"
                )
            }
        }
        return OCDSMetric(id: id, title: text(node["title"]), description: text(node["description"]), frequency: frequency)
    }
}
