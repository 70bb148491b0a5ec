import FuzzChecks
import Foundation
import MissionKPI

/// libFuzzer harness for the returns CSV reader and validator.
///
/// An input is one selector byte (the workspace's financial-year start and the batch size of the
/// streamed check) followed by the CSV's bytes. Beyond "no crash", every input must keep these properties:
/// - every diagnostic sits in the file at row and column ≥ 1, on one line, quoting little;
/// - the record path (rows streamed in batches, as `record` stores them) and the validation path
///   (the whole file at once) give the same diagnostics, row count and rows;
/// - a valid file turned every data row into a row, each in the accepted years, and the tracker's real
///   schema stores all of them (validation accepts only what the schema stores).
@_cdecl("fuzz_returns_main")
public func fuzzReturnsMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runFuzzer(argc, argv) { data, size in
        ReturnsFuzz.one(UnsafeBufferPointer(start: data, count: size))
        return 0
    }
}

enum ReturnsFuzz {
    /// Validators for workspaces whose financial years start on 1 April, 1 January and 31 December.
    static let validators: [ReturnsValidator] = ["04-01", "01-01", "12-31"].map { start in
        var files = ReturnsWorkspace.files
        files["missionkpi.yaml"] = "financial_year_start: \"\(start)\"\n"
        let result = WorkspaceLoader.load(files: files)
        require(result.isClean, "the returns fuzz workspace has problems: \(result.diagnostics)")
        return ReturnsValidator(workspace: result.workspace)
    }
    static let probe = SchemaProbe()

    static func one(_ input: UnsafeBufferPointer<UInt8>) {
        guard let selector = input.first else { return }
        let validator = validators[Int(selector) % validators.count]
        let bytes = Array(input.dropFirst())
        let whole = validator.validate(bytes, path: "r.csv")
        Checks.diagnostics(whole.diagnostics, files: ["r.csv"])

        var streamedRows: [ReturnRow] = []
        var stoppedAt: Int?
        let streamed = validator.validate(bytes, path: "r.csv", batchSize: 1 + Int(selector) / 3 % 64) { batch, failed in
            // As the recording does: rows are stored until a problem is seen, then the file is dropped.
            if failed { stoppedAt = stoppedAt ?? streamedRows.count } else { streamedRows += batch }
            return true
        }
        require(streamed.diagnostics == whole.diagnostics, "the streamed and whole-file checks give different diagnostics")
        require(streamed.dataRowCount == whole.dataRowCount, "the streamed and whole-file checks count rows differently")
        guard whole.isValid else { return }
        require(stoppedAt == nil && streamedRows == whole.rows, "a valid file streamed other rows than it holds")
        require(whole.rows.count == whole.dataRowCount, "a valid file with \(whole.dataRowCount) data rows gave \(whole.rows.count) rows")
        for r in whole.rows {
            require(r.period.isInAcceptedRange && r.period.start <= r.period.end, "an accepted period outside the calendar: \(r.period.text)")
            require(r.value.isFinite && r.row >= 2 && !r.contract.isEmpty && !r.kpi.isEmpty, "an impossible row \(r.row)")
            require(r.note.map { !$0.isEmpty } ?? true, "an empty note kept as a note")
        }
        if let refusal = probe.refusal(whole.rows) { require(false, "the schema refuses a row the validator accepted: \(refusal)") }
    }
}
