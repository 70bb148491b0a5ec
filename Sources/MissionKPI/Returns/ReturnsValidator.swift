/// Checks a KPI returns file (CSV) against the workspace and turns it into rows, or into every
/// problem found, each at `file:row:column`.
///
/// ```swift
/// let validator = ReturnsValidator(workspace: ws)
/// let file = validator.validate(bytes, path: "Contracts/dhsc/returns/2025-26-q1.csv")
/// if file.isValid { store(file.rows) } else { file.diagnostics.forEach { print($0) } }
/// ```
public struct ReturnsValidator: Sendable {
    struct KPIRule: Sendable {
        /// The KPI's id as the workspace spells it: every row shares this one string.
        var id: String
        /// Unique over the workspace, in (contract id, KPI id) order: the row's `kpiKey`.
        var serial: Int32
        var frequency: Frequency?
        var isPercent: Bool
    }

    struct ContractRule: Sendable {
        /// The contract's id as the workspace spells it: every row shares this one string.
        var id: String
        var start: Day
        var end: Day
        var kpis: [String: KPIRule]
        var kpiIds: [String]
    }

    let contracts: [String: ContractRule]
    let contractIds: [String]
    /// "Did you mean" over every contract id: once per distinct unknown id, with a bounded cost.
    let contractSuggester: Suggester
    /// KPI id → the contracts that have a KPI with that id, for "a KPI of another contract".
    let kpiOwners: [String: [String]]
    let financialYearStart: MonthDay
    /// How many KPIs the workspace has: every row's `kpiKey` is below it.
    public let kpiCount: Int

    /// Prepares the lookups for one workspace; reuse the validator for many files.
    public init(workspace: Workspace) {
        var contracts: [String: ContractRule] = [:]
        var owners: [String: [String]] = [:]
        var serial: Int32 = 0
        for c in workspace.contracts.sorted(by: { $0.id < $1.id }) {
            var kpis: [String: KPIRule] = [:]
            for k in c.kpis.sorted(by: { $0.id < $1.id }) {
                kpis[k.id] = KPIRule(id: k.id, serial: serial, frequency: k.frequency, isPercent: k.unit == .percent)
                serial += 1
                owners[k.id, default: []].append(c.id)
            }
            contracts[c.id] = ContractRule(id: c.id, start: c.start, end: c.end, kpis: kpis, kpiIds: kpis.keys.sorted())
        }
        self.contracts = contracts
        self.contractIds = contracts.keys.sorted()
        self.contractSuggester = Suggester(self.contractIds)
        self.kpiOwners = owners
        self.financialYearStart = workspace.settings.financialYearStart
        self.kpiCount = Int(serial)
    }

    /// Reads and checks one file's bytes; `path` is the name used in diagnostics.
    public func validate(_ bytes: [UInt8], path: String) -> ReturnsFile {
        var rows: [ReturnRow] = []
        var file = validate(bytes, path: path, batchSize: Int.max) { batch, _ in
            rows = batch
            return true
        }
        file.rows = rows
        return file
    }

    /// Reads and checks one file's bytes, handing the valid rows to `deliver` in batches of
    /// `batchSize` (with whether a problem has been found so far) instead of keeping them, so that a
    /// caller can store rows while later ones are still being checked. When `deliver` returns false the
    /// rest of the file is not checked. The result's `rows` is empty.
    public func validate(
        _ bytes: [UInt8], path: String, batchSize: Int, deliver: ([ReturnRow], _ failed: Bool) -> Bool
    ) -> ReturnsFile {
        var state = FileState(path: path, expectedRows: bytes.count / 24)
        state.rows.reserveCapacity(min(batchSize, bytes.count / 24 + 1))
        let issues = CSVReader.read(bytes) { row, fields in
            if state.stopped { return }
            if state.layout == nil {
                state.readHeader(fields)
            } else {
                check(row: row, fields: fields, state: &state)
                if state.rows.count >= batchSize {
                    state.stopped = !deliver(state.rows, !state.diagnostics.isEmpty)
                    state.rows.removeAll(keepingCapacity: true)
                }
            }
        }
        for issue in issues where !state.isFull(at: issue.row) { state.error(issue.row, issue.column, issue.message) }
        if state.layout == nil {
            state.error(1, 1, "the file is empty; it needs a header row '\(ReturnsColumn.headerLine)' and one row per value")
        }
        if let row = state.uncheckedFrom {
            state.diagnostics.append(
                Diagnostic(
                    at: SourceLocation(file: path, line: row, column: 1),
                    "the file has \(FileState.maxDiagnostics) problems before this row, so the rest was not checked; fix these and record it again"))
        }
        if !state.rows.isEmpty && !state.stopped { _ = deliver(state.rows, !state.diagnostics.isEmpty) }
        return ReturnsFile(path: path, rows: [], diagnostics: state.diagnostics.sorted(), dataRowCount: state.dataRows)
    }

    /// The contract a row names, remembered between rows (returns come grouped by contract).
    func contract(_ id: String, _ state: inout FileState) -> ContractRule? {
        if id == state.lastContract.id { return state.lastContract.rule }
        let rule = contracts[id]
        state.lastContract = (id, rule)
        return rule
    }
}
