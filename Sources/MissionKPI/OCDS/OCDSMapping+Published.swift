extension OCDSMapping {
    /// The assessments of one release (`contracts[].implementation.metrics[].observations[]`), each with
    /// a classification; throws for a classification code outside the UK extension's codelist.
    static func publishedObservations(_ r: OCDSRelease) throws -> [OCDSPublishedObservation] {
        var out: [OCDSPublishedObservation] = []
        for (ci, c) in (r.node["contracts"]?.items ?? []).enumerated() {
            guard let contract = c["id"]?.idText else { continue }
            let notice = r.noticeType(contract: contract) ?? r.tags.first ?? "implementation"
            for (mi, m) in (c["implementation"]?["metrics"]?.items ?? []).enumerated() {
                guard let metric = m["id"]?.idText, !metric.isEmpty else { continue }
                for (oi, o) in (m["observations"]?.items ?? []).enumerated() {
                    let path = "\(r.jsonPath).contracts[\(ci)].implementation.metrics[\(mi)].observations[\(oi)]"
                    guard let node = o["measureClassification"], !node.isNull else { continue }
                    let (classification, description) = try classify(node, r, path + ".measureClassification")
                    guard let start = o["period"]?["startDate"]?.string.flatMap({ Day(parsing: $0.prefix(10)) }),
                        let end = o["period"]?["endDate"]?.string.flatMap({ Day(parsing: $0.prefix(10)) }), start <= end
                    else {
                        throw OCDSInputError(
                            file: r.file, path: r.path, offset: (o["period"] ?? o).offset, jsonPath: path + ".period",
                            message:
                                "this published assessment has no period with a startDate and an endDate (in that order); a UK9 assessment covers a period, so the notice is not valid"
                        )
                    }
                    out.append(
                        OCDSPublishedObservation(
                            ocid: r.ocid, contract: contract, metric: metric, metricTitle: text(m["title"]), start: start, end: end,
                            measure: text(o["measure"]) ?? o["measure"]?.number, classification: classification,
                            classificationDescription: description, release: r.stableID, releaseDate: r.date, notice: notice))
                }
            }
        }
        return out
    }

    /// `{"id": "met", "description": …}` as Find a Tender writes it, or the bare code string.
    static func classify(_ node: JSONNode, _ r: OCDSRelease, _ path: String) throws -> (PublishedAssessment.Classification, String?) {
        let code = node.string ?? node["id"]?.string
        let known = PublishedAssessment.Classification.allCases.map(\.rawValue)
        guard let code, let c = PublishedAssessment.Classification(rawValue: code) else {
            let found = code.map { "the code \(OCDSWords.quoted($0, limit: 40))" } ?? node.kindDescription + " without an 'id'"
            throw OCDSInputError(
                file: r.file, path: r.path, offset: (node.isObject ? node["id"] ?? node : node).offset, jsonPath: path,
                message: "unknown measureClassification: \(found); the UK extension's codes are \(known.joined(separator: ", "))")
        }
        return (c, node.isObject ? text(node["description"]) : nil)
    }
}
