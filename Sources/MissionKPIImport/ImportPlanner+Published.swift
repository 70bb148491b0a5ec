import MissionKPI

extension ImportPlanner {
    /// The published (UK9) assessments, under the workspace ids of their contracts and KPIs.
    mutating func publish(_ observations: [OCDSPublishedObservation]) {
        var unmatched: [String: Set<String>] = [:]
        for o in observations {
            let key = sourceKey(o.ocid, o.contract)
            let place =
                placements[key]
                ?? Placement(contract: ImportIDs.contract(ocid: o.ocid, contract: o.contract, taken: []), kpis: [:], exists: false)
            let kpi = place.kpis[o.metric] ?? ImportIDs.kpi(o.metric, taken: [])
            if place.exists && place.kpis[o.metric] == nil { unmatched[place.contract, default: []].insert(o.metric) }
            plan.published.append(
                PublishedAssessment(
                    contract: place.contract, kpi: kpi, periodStart: o.start, periodEnd: o.end, periodText: "\(o.start)/\(o.end)",
                    measure: o.measure, classification: o.classification, classificationDescription: o.classificationDescription,
                    release: o.release, releaseDate: o.releaseDate, noticeType: o.notice))
        }
        for (contract, metrics) in unmatched.sorted(by: { $0.key < $1.key }) {
            plan.lines.append(
                "note: \(contract) has no KPI with source_id \(metrics.sorted().map { OCDSWords.quoted($0, limit: 20) }.joined(separator: ", ")), which its contract performance notice assesses; the assessments are recorded under those ids"
            )
        }
    }
}
