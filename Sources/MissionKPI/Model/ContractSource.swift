/// Where an imported contract's facts came from: the OCDS contracting process, the contract within it,
/// and the release it was last read from.
///
/// ```yaml
/// source: {ocid: ocds-h6vhtk-04f7de, contract: "1", release: ocds-h6vhtk-04f7de-076141-2026, date: 2026-08-11, notice: UK7}
/// ```
public struct ContractSource: Sendable, Hashable {
    /// The OCDS contracting process id.
    public var ocid: String
    /// The OCDS contract id within the contracting process (`contracts[].id`).
    public var contract: String
    /// The id of the newest release the contract was read from, when the release gave a usable one.
    public var release: String?
    /// The date of that release.
    public var date: Day?
    /// The Find a Tender notice type of that release, such as `UK7` or `UK9`.
    public var notice: String?
    public var locations: FieldLocations

    /// Creates a source block.
    public init(
        ocid: String, contract: String, release: String? = nil, date: Day? = nil, notice: String? = nil,
        locations: FieldLocations = FieldLocations(file: "", mark: Mark(line: 0, column: 0))
    ) {
        self.ocid = ocid
        self.contract = contract
        self.release = release
        self.date = date
        self.notice = notice
        self.locations = locations
    }
}

/// A KPI field that can be inferred from a KPI's words (the names used in a KPI's `inferred:` list).
public enum KPIField: String, Vocabulary, Comparable {
    case title, description, level, measures, unit, direction, baseline, target, bands, frequency
    case dataSource = "data_source"
    case mostMaterial = "most_material"

    /// Declaration order, which is also the order the fields are written in a KPI.
    public static func < (a: KPIField, b: KPIField) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}

extension KPI {
    /// " (inferred from the words)" when `field` was inferred, else "": for messages about that field.
    public func inferredNote(_ field: KPIField) -> String {
        inferred.contains(field) ? " (inferred from the words)" : ""
    }
}
