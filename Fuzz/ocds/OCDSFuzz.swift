import FuzzChecks
import Foundation
import MissionKPI

@testable import MissionKPIImport

/// libFuzzer harness for the OCDS JSON reader (release packages, record packages, JSON Lines) and the
/// import that maps its releases to workspace files (issue "Find a Tender in and out").
///
/// The input is one file's bytes. Beyond "no crash", every input must keep these properties:
/// - reading and mapping either succeed or throw an `OCDSInputError` (nothing else) that names the
///   file at a line and column ≥ 1 within it, on one line, quoting little;
/// - reading the same bytes twice gives the same releases and contracts;
/// - what the import would write for an empty workspace loads without a single diagnostic (the import
///   path and the loader agree), its messages are one line each, and the published assessments it would
///   record are stored by the tracker's real schema.
@_cdecl("fuzz_ocds_main")
public func fuzzOCDSMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runFuzzer(argc, argv) { data, size in
        OCDSFuzz.one(UnsafeBufferPointer(start: data, count: size))
        return 0
    }
}

enum OCDSFuzz {
    /// The input goes to a file (the reader streams from files), in memory-backed /dev/shm when there is one.
    static let path: String = {
        let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        return folder + "/missionkpi-fuzz-ocds-\(getpid()).json"
    }()
    static let probe = SchemaProbe()
    static let empty = WorkspaceLoader.load(contents: [:], root: "").workspace

    static func one(_ input: UnsafeBufferPointer<UInt8>) {
        guard FileManager.default.createFile(atPath: path, contents: Data(buffer: input)) else {
            require(false, "cannot write \(path)")
            return
        }
        let lines = input.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        guard let contents = read(lines: lines) else { return }
        if input.count % 4 == 0, let again = read(lines: lines) {
            let keys = { (c: OCDSContents) in c.contracts.map { "\($0.ocid)/\($0.contract)" } }
            require(keys(again) == keys(contents) && again.releaseCount == contents.releaseCount, "two reads of the same bytes differ")
        }
        let plan = ImportPlanner.plan(contents, workspace: empty, bases: [:])
        for line in plan.lines {
            require(!line.contains("\n") && line.unicodeScalars.count <= Checks.longestMessage, "an import message: \(line.prefix(300))")
        }
        let files = plan.writes.filter { $0.key.hasPrefix("Contracts/") }
        let loaded = WorkspaceLoader.load(files: files, ruleCatalog: RuleRegistry.catalog)
        require(loaded.diagnostics.isEmpty, "the import would write files that do not load: \(loaded.diagnostics.prefix(3))")
        if let refusal = probe.refusal(published: plan.published) {
            require(false, "the schema refuses a published assessment the import would record: \(refusal)")
        }
    }

    /// The releases read and mapped, or nil after checking the error thrown.
    static func read(lines: Int) -> OCDSContents? {
        do {
            let reader = OCDSReader()
            for file in try OCDSReader.findFiles([path]) { try reader.read(file) }
            return try OCDSMapping.map(reader.releases)
        } catch let e as OCDSInputError {
            require(e.file == path, "an error for another file: \(e.file)")
            require(e.line >= 1 && e.column >= 1 && e.line <= lines, "an error outside the file: \(e.line):\(e.column) of \(lines) lines")
            let scalars = e.message.unicodeScalars
            require(!scalars.isEmpty && !scalars.contains { $0 == "\n" || $0 == "\r" }, "a message over several lines: \(e.description.prefix(300))")
            require(scalars.count <= Checks.longestMessage, "a message of \(scalars.count) characters: \(e.description.prefix(300))")
            return nil
        } catch {
            require(false, "reading threw something other than an OCDSInputError: \(error)")
            return nil
        }
    }
}
