/// The buyer of a contracting process: its OCDS party id and name.
public struct OCDSBuyer: Sendable, Hashable {
    public var party: String
    public var name: String
}

/// One agreed metric of a contract (`contracts[].agreedMetrics[]`): a KPI as the buyer published it.
public struct OCDSMetric: Sendable, Hashable {
    /// The metric's id (text; a number's digits).
    public var id: String
    public var title: String?
    public var description: String?
    /// The reporting frequency, from the observation `{"id": "frequency", "period": {"durationInMonths": N}}`.
    public var frequency: Frequency?
}

/// What the notices of one contracting process say about one of its contracts, merged newest first:
/// the facts `import ocds` writes into a contract file. A fact the notices do not state is nil.
public struct OCDSContractFacts: Sendable {
    public var ocid: String
    /// The OCDS contract id within the process (`contracts[].id`).
    public var contract: String
    public var title: String?
    public var buyer: OCDSBuyer?
    public var supplier: Supplier?
    public var value: Money?
    public var start: Day?
    public var end: Day?
    public var procedure: Procedure?
    /// `noAgreedMetricsRationale`, trimmed (an empty text when the field is blank).
    public var exemption: String?
    public var metrics: [OCDSMetric]
    /// Whether the contract carries `implementation.metrics` (a UK9's assessments).
    public var hasPublishedMetrics: Bool
    /// The newest release that holds this contract: id, date and notice type.
    public var source: ContractSource
    /// Things in the notices that could not be taken, one line each (for the import's report).
    public var notes: [String]
}

/// One assessment of a contract performance notice (UK9): an observation of
/// `contracts[].implementation.metrics[]`, as published, before the workspace ids are known.
public struct OCDSPublishedObservation: Sendable, Hashable {
    public var ocid: String
    public var contract: String
    /// The metric's id and title.
    public var metric: String
    public var metricTitle: String?
    public var start: Day
    public var end: Day
    public var measure: String?
    public var classification: PublishedAssessment.Classification
    public var classificationDescription: String?
    /// The release's id (see `OCDSRelease.stableID`), date as published, and notice type.
    public var release: String
    public var releaseDate: String
    public var notice: String
}

extension OCDSRelease {
    /// The release id when it is usable; otherwise (none, or one with the form of a telephone number,
    /// as the reference files' withholding left every release id) `<ocid>@<date>`, which is unique.
    public var stableID: String {
        if let id, !id.trimmingCharacters(in: .whitespaces).isEmpty, !OCDSRelease.looksLikeTelephone(id) { return id }
        return "\(ocid)@\(date)"
    }

    /// Whether `text` has the form of an international telephone number (`+44 0000 000000`): a '+',
    /// then only digits, spaces, brackets and hyphens, at least seven digits. No OCDS id has that form.
    public static func looksLikeTelephone(_ text: String) -> Bool {
        let u = Array(text.utf8)
        guard u.first == 0x2B else { return false }
        var digits = 0
        for b in u.dropFirst() {
            switch b {
            case 0x30...0x39: digits += 1
            case 0x20, 0x28, 0x29, 0x2D: continue
            default: return false
            }
        }
        return digits >= 7
    }

    /// The notice type of this release for contract `contract` (`UK7`, `UK9`, …): the contract's own
    /// documents first, then any document of the release; nil when none says.
    public func noticeType(contract: String?) -> String? {
        func first(_ docs: [JSONNode]) -> String? {
            docs.lazy.compactMap { $0["noticeType"]?.string }.first { !$0.isEmpty }
        }
        let contracts = node["contracts"]?.items ?? []
        if let contract, let c = contracts.first(where: { $0["id"]?.idText == contract }), let t = first(c["documents"]?.items ?? []) {
            return t
        }
        let all =
            contracts.flatMap { $0["documents"]?.items ?? [] } + (node["awards"]?.items ?? []).flatMap { $0["documents"]?.items ?? [] }
            + (node["tender"]?["documents"]?.items ?? [])
        return first(all)
    }
}
