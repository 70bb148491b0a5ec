/// One validated row of a KPI returns file: a value for a KPI of a contract over a period.
public struct ReturnRow: Sendable, Hashable {
    public var contract: String
    public var kpi: String
    public var period: Period
    public var value: Double
    /// The note as written, or nil when the cell is empty or the file has no note column.
    public var note: String?
    /// The row in the file (the header is row 1).
    public var row: Int
    /// The KPI's number in the validator that checked the row (`0..<ReturnsValidator.kpiCount`, one per
    /// contract and KPI), so that a store can index its KPIs without hashing their ids; -1 when unknown.
    public var kpiKey: Int32

    public init(contract: String, kpi: String, period: Period, value: Double, note: String?, row: Int, kpiKey: Int32 = -1) {
        self.contract = contract
        self.kpi = kpi
        self.period = period
        self.value = value
        self.note = note
        self.row = row
        self.kpiKey = kpiKey
    }
}

/// A returns file read and checked against the workspace: its rows, or every problem found in it.
public struct ReturnsFile: Sendable {
    /// The path used in messages and provenance (workspace-relative when the file is inside the workspace).
    public var path: String
    /// The valid rows, in file order. Only meaningful when `diagnostics` is empty.
    public var rows: [ReturnRow]
    /// Every problem, as `path:row:column`, sorted.
    public var diagnostics: [Diagnostic]
    /// The number of data rows read (blank rows excluded), valid or not.
    public var dataRowCount: Int

    /// Whether the file may be recorded: it has no problem at all.
    public var isValid: Bool { diagnostics.isEmpty }
}

/// The columns of a returns file.
public enum ReturnsColumn: String, CaseIterable, Sendable {
    case contract, kpi, period, value, note

    /// Columns every returns file must have.
    public static let required: [ReturnsColumn] = [.contract, .kpi, .period, .value]

    /// `contract,kpi,period,value,note`, for messages.
    public static let headerLine = allCases.map(\.rawValue).joined(separator: ",")
}

extension ReturnsFile {
    /// The SHA-256 of a file's bytes (hex), its identity in the tracker. Computed here, in the module
    /// that defines `SHA256`, so the compiler specialises it for byte arrays (about 4× faster).
    public static func sha256(_ bytes: [UInt8]) -> String { SHA256.hex(bytes) }
}
