import Foundation

extension FileDecoder {
    static let sourceKeys = ["ocid", "contract", "release", "date", "notice"]

    /// An imported contract's `source:` block: `{ocid, contract, release?, date?, notice?}`.
    func source(_ node: YAMLNode) -> ContractSource? {
        guard let f = mapping(node, "the source block", allowed: Self.sourceKeys) else { return nil }
        let ocid = f.text("ocid", required: true), contract = f.text("contract", required: true)
        let release = f.text("release"), date = f.day("date"), notice = f.text("notice")
        if let ocid, ocid.trimmingCharacters(in: .whitespaces).isEmpty {
            error(f.mark(of: "ocid"), "'ocid' in the source block is blank; write the OCDS ocid")
        }
        guard let ocid, let contract else { return nil }
        return ContractSource(ocid: ocid, contract: contract, release: release, date: date, notice: notice, locations: f.locations)
    }

    /// A KPI's `frequency`: `monthly`, `quarterly`, `annually` or `every N months` (N from 1 to 120).
    func frequency(_ node: YAMLNode) -> Frequency? {
        guard let s = scalar(node, "'frequency'", expected: "monthly, quarterly, annually or 'every N months'") else { return nil }
        if let f = Frequency(rawValue: s.text) { return f }
        let named = Frequency.allCases.map(\.rawValue)
        error(
            s.mark,
            "'frequency' \(quoted: s.text) is not one of \(named.joined(separator: ", ")) or 'every N months' (N from 1 to \(Frequency.maxMonths))\(Suggest.didYouMean(s.text, in: named))"
        )
        return nil
    }

    /// A KPI's `inferred:` list: names of KPI fields, each once, each present in the KPI.
    func inferred(_ node: YAMLNode, in kpi: Fields) -> [KPIField] {
        guard case .sequence(let items, _) = node else {
            error(node.mark, "'inferred' must be a list of KPI field names such as [unit, target], but found \(node.kindDescription)")
            return []
        }
        var fields: [KPIField] = []
        for item in items {
            guard let field: KPIField = vocabulary(item, "each item of 'inferred'") else { continue }
            if fields.contains(field) {
                error(item.mark, "'inferred' names '\(field.rawValue)' twice; list each field once")
            } else if kpi.node(field.rawValue) == nil {
                error(
                    item.mark,
                    "'inferred' names '\(field.rawValue)', but the KPI has no '\(field.rawValue)'; remove it from the list or add the field"
                )
            } else {
                fields.append(field)
            }
        }
        return fields.sorted()
    }

    /// Reports two KPIs of one contract imported from the same OCDS metric.
    func checkUniqueSourceIDs(_ kpis: [KPI]) {
        var seen: [String: KPI] = [:]
        for k in kpis {
            guard let id = k.sourceId else { continue }
            if let first = seen[id] {
                error(
                    k.locations["source_id"].mark,
                    "KPIs '\(first.id)' and '\(k.id)' both say 'source_id: \(clipped: id)'; each OCDS metric is one KPI, so correct or remove one"
                )
            } else {
                seen[id] = k
            }
        }
    }
}
