import Foundation
import Testing

@testable import MissionKPI

/// A workspace written to a fresh temporary folder, file by file, and loaded from there.
///
/// ```swift
/// var ws = try TempWorkspace.clean()
/// ws[TempWorkspace.contract] = ws.text(TempWorkspace.contract).replacingOccurrences(of: "tier: gold", with: "tier: golden")
/// let diagnostics = try ws.diagnostics()
/// ```
struct TempWorkspace {
    static let mission = "Missions/nhs.yaml"
    static let department = "Contracts/dhsc/department.yaml"
    static let contract = "Contracts/dhsc/dhsc-2025-0142.yaml"
    static let settings = "missionkpi.yaml"

    /// File contents by workspace-relative path; `nil` removes a file.
    var files: [String: [UInt8]]

    init(files: [String: [UInt8]] = [:]) { self.files = files }

    /// The `Fixtures/validation/clean` workspace: one mission, one department, one contract, settings.
    static func clean() throws -> TempWorkspace {
        let root = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
            .appendingPathComponent("validation/clean").path
        var ws = TempWorkspace()
        for path in [mission, department, contract, settings] {
            ws.files[path] = try #require(FileManager.default.contents(atPath: root + "/" + path)).map { $0 }
        }
        return ws
    }

    subscript(path: String) -> String? {
        get { files[path].map { String(decoding: $0, as: UTF8.self) } }
        set { files[path] = newValue.map { Array($0.utf8) } }
    }

    /// The text of a file, with `old` replaced by `new` (the test fails when `old` is absent).
    mutating func edit(_ path: String, _ old: String, _ new: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let text = self[path] ?? ""
        #expect(text.contains(old), "'\(old)' is not in \(path)", sourceLocation: sourceLocation)
        self[path] = text.replacingOccurrences(of: old, with: new)
    }

    /// Writes the files to a new temporary folder and returns its path.
    func write() throws -> String {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("missionkpi-tests-\(UUID().uuidString)").path
        for (path, bytes) in files {
            let full = root + "/" + path
            try FileManager.default.createDirectory(
                atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: full))
        }
        return root
    }

    /// Writes, loads (rule ids checked against `catalog` when given) and removes the workspace.
    func load(catalog: [String: [String]]? = nil) throws -> LoadResult {
        let root = try write()
        defer { try? FileManager.default.removeItem(atPath: root) }
        return try WorkspaceLoader.load(at: root, ruleCatalog: catalog)
    }

    /// Every diagnostic, as `path:line:col: error: message` lines.
    func diagnostics(catalog: [String: [String]]? = nil) throws -> [Diagnostic] {
        try load(catalog: catalog).diagnostics
    }
}

/// Expects exactly one diagnostic, at `location` (`path:line:col`), whose message holds every word of `words`.
func expectOnly(
    _ diagnostics: [Diagnostic], at location: String, _ words: String...,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    #expect(diagnostics.count == 1, "expected one diagnostic, got:\n\(diagnostics.map(\.description).joined(separator: "\n"))", sourceLocation: sourceLocation)
    expectDiagnostic(diagnostics, at: location, words, sourceLocation: sourceLocation)
}

/// Expects a diagnostic at `location` (`path:line:col`) whose message holds every word of `words`.
func expectDiagnostic(
    _ diagnostics: [Diagnostic], at location: String, _ words: [String],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    let here = diagnostics.filter { $0.location.description == location }
    let match = here.first { d in words.allSatisfy { d.message.contains($0) } }
    #expect(
        match != nil,
        "no diagnostic at \(location) containing \(words); got:\n\(diagnostics.map(\.description).joined(separator: "\n"))",
        sourceLocation: sourceLocation)
}

/// Variadic form of `expectDiagnostic`.
func expectDiagnostic(
    _ diagnostics: [Diagnostic], at location: String, _ words: String...,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    expectDiagnostic(diagnostics, at: location, words, sourceLocation: sourceLocation)
}
