import Foundation
import MissionKPI
import MissionKPIPublish

/// What `align` is asked: where, when, in which format, how strictly, and the baseline files.
public struct AlignRequest: Sendable {
    public var place: Place
    public var asOf: Day
    public var format: FindingsFormat
    /// Fail on any standing finding, not only on errors.
    public var strict: Bool
    /// Fail only on findings not in this baseline file.
    public var baseline: String?
    /// Record today's findings (waived ones excepted) in this file.
    public var writeBaseline: String?
    /// Write the findings to this file instead of standard output.
    public var output: String?

    /// A request.
    public init(
        place: Place, asOf: Day, format: FindingsFormat = .text, strict: Bool = false, baseline: String? = nil,
        writeBaseline: String? = nil, output: String? = nil
    ) {
        (self.place, self.asOf, self.format, self.strict) = (place, asOf, format, strict)
        (self.baseline, self.writeBaseline, self.output) = (baseline, writeBaseline, output)
    }
}

/// `missionkpi align`: the alignment engine's findings and scores.
public enum AlignCommand {
    /// The findings in the format asked (or written to `output`), the summary as messages; fails on an
    /// error finding (any finding when strict) or a configuration error.
    public static func run(_ r: AlignRequest, io: any CommandIO) throws -> CommandResult {
        let session = try Session.open(r.place, asOf: r.asOf, io: io)
        defer { Lifetime.keepUntilExit(session) }
        let known = try r.baseline.map { try BaselineFile.read($0, io: io) }
        let report = io.phase("align") {
            AlignmentEngine.run(session.workspace, assessment: session.assessment, asOf: session.asOf, baseline: known)
        }
        defer { Lifetime.keepUntilExit(report) }
        if let path = r.writeBaseline {
            try OutputFile.write(FindingBaseline(findings: report.findings + report.baselined).json(), to: path, what: "the baseline", io: io)
            io.message("wrote \(report.findings.count + report.baselined.count) finding(s) to the baseline '\(path)'")
        }
        let rendered = io.phase("render") { r.format.render(report, workspace: session.workspace) }
        if let path = r.output { try OutputFile.write(rendered, to: path, what: "the findings", io: io) }
        for d in report.configurationErrors { io.message(d.description) }
        io.message(String(FindingsText.summary(report).dropLast()))
        return CommandResult(output: r.output == nil ? rendered : "", failed: !report.configurationErrors.isEmpty || report.fails(strict: r.strict))
    }
}

/// A baseline file (`align --write-baseline`), read for `align` and `audit ownership`.
enum BaselineFile {
    /// The baseline at `path`, or why it cannot be used (then the command fails).
    static func read(_ path: String, io: any CommandIO) throws -> FindingBaseline {
        guard case .success(let bytes) = FileBytes.contents(of: path) else {
            io.message("error: cannot read the baseline '\(path)'; check the path, or write one with 'missionkpi align --write-baseline \(path)'")
            throw CommandError.failed
        }
        do {
            return try FindingBaseline(json: Data(bytes))
        } catch {
            io.message("error: '\(path)' is not a baseline written by 'missionkpi align --write-baseline' (\(error)); write it again")
            throw CommandError.failed
        }
    }
}

/// A file a command writes at the user's request (`--output`, `--write-baseline`, `--out`).
enum OutputFile {
    /// Writes `text` to `path`, or says why it could not (then the command fails).
    static func write(_ text: String, to path: String, what: String, io: any CommandIO) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            io.message("error: cannot write \(what) to '\(path)': \(error.localizedDescription)")
            throw CommandError.failed
        }
    }
}
