extension ReturnsValidator {
    /// Where each column sits in the file.
    struct Layout {
        var width: Int
        var contract = 0, kpi = 0, period = 0, value = 0
        var note: Int?
        /// False when a required column is missing: rows cannot be read.
        var usable = true
    }

    /// What the validator knows about the file it is reading: the header, the rows so far, the problems.
    struct FileState {
        /// A KPI and period, for the duplicate-row check.
        struct Key: Hashable {
            var kpi: Int32
            var start: Int32
            var end: Int32
        }

        let path: String
        /// Nil until the header has been read.
        var layout: Layout?
        var rows: [ReturnRow] = []
        var diagnostics: [Diagnostic] = []
        var dataRows = 0
        /// The caller wants no more rows.
        var stopped = false
        /// Each KPI and period seen, with its row.
        var seen: [Key: Int] = [:]
        var lastContract: (id: String, rule: ContractRule?) = ("", nil)
        private var periods: [String: Period?] = [:]
        /// The "did you mean" (or list of KPIs) for each unknown KPI of a contract, worked out once.
        private var kpiHints: [String: String] = [:]

        init(path: String, expectedRows: Int) {
            self.path = path
            seen.reserveCapacity(min(expectedRows, 1 << 22))
        }

        /// The most problems listed for one file: past them the rest of the file is not checked (a 200 MB
        /// file of unknown contracts gave 3.5 million lines, 430 MB of messages).
        static let maxDiagnostics = 1000
        /// The first row left unchecked because the file already had `maxDiagnostics` problems.
        private(set) var uncheckedFrom: Int?

        /// Whether the file has all the problems it will list; notes the first row left unchecked.
        mutating func isFull(at row: Int) -> Bool {
            guard diagnostics.count >= FileState.maxDiagnostics else { return false }
            if uncheckedFrom == nil { uncheckedFrom = row }
            return true
        }

        mutating func error(_ row: Int, _ column: Int, _ message: String) {
            diagnostics.append(Diagnostic(at: SourceLocation(file: path, line: row, column: column), message))
        }

        /// A period parsed once per distinct text (a few thousand kept), even one outside years 1–9999
        /// (the caller refuses it with its own message).
        mutating func period(_ text: String, _ fy: MonthDay) -> Period? {
            if let known = periods[text] { return known }
            let p = Period(parsingAnyYear: text, financialYearStart: fy)
            if periods.count < 4096 { periods[text] = p }
            return p
        }

        /// "; did you mean 'x'?" for an unknown KPI of `contract`, else the list of its KPIs; once per distinct pair.
        mutating func kpiHint(_ kpiId: String, of contract: ContractRule) -> String {
            let key = contract.id + "\u{0}" + kpiId
            if let known = kpiHints[key] { return known }
            let hint = Suggest.didYouMean(kpiId, in: contract.kpiIds)
            let known =
                contract.kpiIds.isEmpty
                ? "; the contract has no KPIs" : "; its KPIs are \(contract.kpiIds.prefix(10).joined(separator: ", "))"
            let answer = hint.isEmpty ? known : hint
            if kpiHints.count < 4096 { kpiHints[key] = answer }
            return answer
        }

        /// Reads the header row: every required column once, `note` optionally, nothing else.
        mutating func readHeader(_ fields: [String]) {
            let allowed = ReturnsColumn.allCases.map(\.rawValue)
            var index: [ReturnsColumn: Int] = [:]
            for (i, raw) in fields.enumerated() {
                var name = Substring(raw)
                while name.first == " " { name.removeFirst() }
                while name.last == " " { name.removeLast() }
                guard let column = ReturnsColumn(rawValue: String(name)) else {
                    if name.isEmpty {
                        error(
                            1, i + 1,
                            "column \(i + 1) has no name; remove the empty column (a trailing comma?) — the columns are \(ReturnsColumn.headerLine)"
                        )
                    } else {
                        let hint = Suggest.nearest(to: String(name), in: allowed).map { " (did you mean '\($0)'?)" } ?? ""
                        error(1, i + 1, "unknown column \(quoted: name)\(hint); the columns are \(ReturnsColumn.headerLine) (note is optional)")
                    }
                    continue
                }
                if let first = index[column] {
                    error(1, i + 1, "column '\(column.rawValue)' appears twice (columns \(first + 1) and \(i + 1)); keep one")
                } else {
                    index[column] = i
                }
            }
            var layout = Layout(width: fields.count, note: index[.note])
            let missing = ReturnsColumn.required.filter { index[$0] == nil }
            if missing.isEmpty {
                layout.contract = index[.contract]!
                layout.kpi = index[.kpi]!
                layout.period = index[.period]!
                layout.value = index[.value]!
            } else {
                layout.usable = false
                let names = missing.map { "'\($0.rawValue)'" }.joined(separator: ", ")
                error(
                    1, 1,
                    "the header lacks the required column\(missing.count == 1 ? "" : "s") \(names); the first row must name the columns \(ReturnsColumn.headerLine) (note is optional)"
                )
            }
            self.layout = layout
        }
    }
}
