import Foundation

/// Validates an OCDS release package with Python's jsonschema (draft-04, formats checked where the
/// installed checkers can): every release against the UK profile release schema, and the package's own
/// fields against the release package schema. Both schemas are in `OCDSSchemas/`.
enum OCDSSchemaCheck {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("OCDSSchemas").path

    static let script = """
        import json, sys, jsonschema
        release = json.load(open(sys.argv[1] + "/release-schema-uk-profile.json"))
        package = json.load(open(sys.argv[1] + "/release-package-schema.json"))
        doc = json.load(open(sys.argv[2]))
        check = jsonschema.FormatChecker()
        # The package schema refers to the releases' schema by URL; the releases are checked one by one below.
        package["properties"]["releases"]["items"] = {}
        for e in sorted(jsonschema.Draft4Validator(package, format_checker=check).iter_errors(doc), key=str):
            print("package/" + "/".join(map(str, e.absolute_path)) + ": " + e.message)
        v = jsonschema.Draft4Validator(release, format_checker=check)
        for r in doc.get("releases", []):
            for e in sorted(v.iter_errors(r), key=str):
                print(str(r.get("id")) + "/" + "/".join(map(str, e.absolute_path)) + ": " + e.message)
        print("checked %d releases" % len(doc.get("releases", [])), file=sys.stderr)
        """

    /// The validation errors (empty when valid) and how many releases were checked; a missing Python or
    /// jsonschema is an error too.
    static func errors(_ json: String) throws -> (errors: [String], releases: Int) {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("missionkpi-ocds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let doc = tmp.appendingPathComponent("package.json"), outURL = tmp.appendingPathComponent("out"),
            errURL = tmp.appendingPathComponent("err")
        try Data(json.utf8).write(to: doc)
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, folder, doc.path]
        p.standardOutput = out
        p.standardError = err
        try p.run()
        p.waitUntilExit()
        try out.close()
        try err.close()
        let text = String(decoding: try Data(contentsOf: outURL), as: UTF8.self)
        let problem = String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
        guard p.terminationStatus == 0 else { return (["python3 -c (jsonschema) failed: \(problem)"], 0) }
        let count = problem.split(separator: "\n").last { $0.hasPrefix("checked ") }.flatMap { Int($0.split(separator: " ")[1]) } ?? 0
        return (text.split(separator: "\n").map(String.init), count)
    }
}
