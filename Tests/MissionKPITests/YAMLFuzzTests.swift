import Foundation
import Testing

@testable import MissionKPI

/// Thousands of mutated workspace files through the parser, the decoders and the cross-file checks:
/// nothing may crash or hang, and every failure must be a diagnostic at a real place (line and column ≥ 1).
@Suite struct YAMLFuzzTests {
    static let paths = [TempWorkspace.settings, TempWorkspace.mission, TempWorkspace.department, TempWorkspace.contract]

    static let jobs: [WorkspaceLoader.Job] = [
        .init(path: TempWorkspace.settings, kind: .settings), .init(path: TempWorkspace.mission, kind: .mission),
        .init(path: TempWorkspace.department, kind: .department),
        .init(path: TempWorkspace.contract, kind: .contract(folder: "dhsc")),
    ]

    /// Bytes that matter to YAML, the UTF-8 decoder or the id rule.
    static let interesting: [UInt8] = Array(":-[]{}\"'\t\n&*!#|>%@`?, ./\\~".utf8) + [0x00, 0x0D, 0x80, 0xC3, 0xE2, 0xEF, 0xFF]

    /// Values that stress the decoders when they replace a value in an otherwise valid file.
    static let values = [
        "", "~", "[]", "{}", "[a, b]", "{x: 1}", "'90'", "-5", "1e999", "-1e999", "1e-999", "nan", ".inf", "0x1F", "1_000",
        "2025-02-30", "9999-12-31", "0000-01-01", "2025-1-1", "true", "yes", "off", "\"a/b\"", "..", "a..b", "nhs/",
        "/x", "nhs/faster-diagnosis/x", "😀", "\"\\u0000\"", String(repeating: "z", count: 300), "- a", "|\n  block",
        ">-\n  folded", "[[[]]]", "{a: {b: {c: {}}}}", "\"\"", "''", "-0", "1.7976931348623157e308", "99999999999999999999999",
    ]

    static func mutate(_ bytes: [UInt8], _ g: inout SeededGenerator) -> [UInt8] {
        var b = bytes
        for _ in 0..<Int.random(in: 1...4, using: &g) {
            let i = b.isEmpty ? 0 : Int.random(in: 0..<b.count, using: &g)
            switch Int.random(in: 0..<7, using: &g) {
            case 0 where !b.isEmpty: b[i] = UInt8.random(in: 0...255, using: &g)
            case 1: b.insert(interesting.randomElement(using: &g)!, at: i)
            case 2 where !b.isEmpty: b.removeSubrange(i..<min(b.count, i + Int.random(in: 1...40, using: &g)))
            case 3 where !b.isEmpty: b.insert(contentsOf: b[i..<min(b.count, i + Int.random(in: 1...60, using: &g))], at: i)
            case 4: b = Array(b.prefix(i))
            default: b = replaceValue(b, &g)
            }
        }
        return b
    }

    /// Replaces the value after one `key: ` (or one list item) with a stressing value, keeping the line structure.
    static func replaceValue(_ bytes: [UInt8], _ g: inout SeededGenerator) -> [UInt8] {
        var lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n")
        guard !lines.isEmpty else { return bytes }
        let n = Int.random(in: 0..<lines.count, using: &g)
        let line = lines[n]
        let value = values.randomElement(using: &g)!
        if let r = line.range(of: ": ") {
            lines[n] = String(line[..<r.upperBound]) + value
        } else if let r = line.range(of: "- ") {
            lines[n] = String(line[..<r.upperBound]) + value
        } else {
            lines[n] = line + value
        }
        return Array(lines.joined(separator: "\n").utf8)
    }

    @Test func mutatedWorkspacesNeverCrashAndAlwaysPointAtAPlace() throws {
        let clean = try TempWorkspace.clean()
        var g = SeededGenerator(seed: 2026)
        var failures = 0, rounds = 0
        let clock = ContinuousClock(), started = clock.now
        for round in 0..<3000 {
            var files = clean.files
            let target = Self.paths[round % Self.paths.count]
            files[target] = Self.mutate(files[target]!, &g)
            let snapshot = files
            let result = WorkspaceLoader.load(jobs: Self.jobs, root: "", ruleCatalog: ["supplier-only-data": []]) { path in
                snapshot[path].map { .success($0) } ?? .failure("missing")
            }
            rounds += 1
            if !result.diagnostics.isEmpty { failures += 1 }
            for d in result.diagnostics where d.location.line < 1 || d.location.column < 1 || d.message.isEmpty || !Self.paths.contains(d.location.file) {
                Issue.record("bad diagnostic \(d) for \(target):\n\(String(decoding: files[target]!, as: UTF8.self))")
                return
            }
        }
        #expect(rounds == 3000)
        #expect(failures > 1500, "the mutations should break most files")
        #expect(clock.now - started < .seconds(120))
    }

    @Test func randomByteStringsNeverCrashTheParser() {
        var g = SeededGenerator(seed: 99)
        for _ in 0..<2000 {
            let count = Int.random(in: 0...200, using: &g)
            let bytes = (0..<count).map { _ in
                Bool.random(using: &g) ? Self.interesting.randomElement(using: &g)! : UInt8.random(in: 0x20...0x7E, using: &g)
            }
            do {
                _ = try YAMLParser.parse(bytes)
            } catch {
                #expect(error.mark.line >= 1 && error.mark.column >= 1, "\(error) for \(bytes)")
            }
        }
    }
}
