import Foundation
import Testing

/// The report goldens in `Tests/MissionKPIPublishTests/Golden/findings/`: compared exactly (text) or as parsed JSON;
/// `MISSIONKPI_RECORD_GOLDEN=1` rewrites them instead.
enum GoldenFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/findings").path
    static var recording: Bool { ProcessInfo.processInfo.environment["MISSIONKPI_RECORD_GOLDEN"] == "1" }

    /// Checks `actual` against the golden file `name` (JSON compared as parsed when `json`).
    static func check(_ actual: String, _ name: String, json: Bool = false, sourceLocation: Testing.SourceLocation = #_sourceLocation)
        throws
    {
        try check(actual, path: folder + "/" + name, json: json, sourceLocation: sourceLocation)
    }

    /// Checks `actual` against the file at `path`, or rewrites it when recording.
    static func check(_ actual: String, path: String, json: Bool = false, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws
    {
        if recording {
            try Data(actual.utf8).write(to: URL(fileURLWithPath: path))
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            Issue.record("missing golden file \(path); run with MISSIONKPI_RECORD_GOLDEN=1 to record it", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if json {
            let a = try JSONSerialization.jsonObject(with: Data(actual.utf8)) as? NSObject
            let e = try JSONSerialization.jsonObject(with: data) as? NSObject
            let same = a != nil && a == e
            #expect(
                same,
                "\(path) differs (as parsed JSON); re-record with MISSIONKPI_RECORD_GOLDEN=1 if the change is intended\n\(firstDifference(actual, expected))",
                sourceLocation: sourceLocation)
        } else {
            let same = actual == expected  // a Bool, so a failure prints the first difference, not both texts
            #expect(
                same,
                "\(path) differs; re-record with MISSIONKPI_RECORD_GOLDEN=1 if the change is intended\n\(firstDifference(actual, expected))",
                sourceLocation: sourceLocation)
        }
    }

    /// The first line that differs, for the failure message.
    static func firstDifference(_ a: String, _ b: String) -> String {
        let x = a.split(separator: "\n", omittingEmptySubsequences: false), y = b.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(x.count, y.count) {
            let l = i < x.count ? String(x[i]) : "<end>", r = i < y.count ? String(y[i]) : "<end>"
            if l != r { return "line \(i + 1):\n  actual:   \(l)\n  expected: \(r)" }
        }
        return "(no line differs)"
    }
}

/// Validates JSON text against a JSON Schema with Python's `jsonschema` (which CI installs).
enum SchemaCheck {
    /// The validation errors (empty when valid); a missing Python or jsonschema is an error too.
    static func errors(_ json: String, schema: String) throws -> [String] {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("missionkpi-schema-\(UUID().uuidString).json")
        try Data(json.utf8).write(to: tmp)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1])); doc = json.load(open(sys.argv[2]))
            v = jsonschema.validators.validator_for(schema)(schema, format_checker=jsonschema.FormatChecker())
            for e in sorted(v.iter_errors(doc), key=str): print("/".join(map(str, e.absolute_path)) + ": " + e.message)
            """
        let outURL = tmp.appendingPathExtension("out"), errURL = tmp.appendingPathExtension("err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outURL); try? FileManager.default.removeItem(at: errURL) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, schema, tmp.path]
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        p.standardOutput = out
        p.standardError = err
        try p.run()
        p.waitUntilExit()
        try out.close()
        try err.close()
        let text = String(decoding: try Data(contentsOf: outURL), as: UTF8.self)
        let problem = String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
        guard p.terminationStatus == 0 else { return ["python3 -c (jsonschema) failed: \(problem)"] }
        return text.split(separator: "\n").map(String.init)
    }
}
