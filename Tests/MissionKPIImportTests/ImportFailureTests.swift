import Foundation
import MissionKPIStore
import Testing

@testable import MissionKPI
@testable import MissionKPIImport

/// Bad input and failures part-way: a clear error naming the file and the place, and the workspace and
/// the tracker exactly as they were, byte for byte.
@Suite struct ImportFailureTests {
    /// A sandbox with one import done (so a tracker and records exist), its snapshot, and a scratch folder.
    static func prepared() throws -> (ImportSandbox, [String: Data]) {
        let box = try ImportSandbox(sample: true)
        try box.run(["uk7-hartlepool-and-exemption.json", "uk9.json"])
        return (box, box.snapshot())
    }

    /// Runs an import that must fail with an `OCDSInputError`; returns it.
    static func inputError(_ box: ImportSandbox, _ paths: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation)
        -> OCDSInputError?
    {
        do {
            try box.run(paths)
            Issue.record("the import should have failed", sourceLocation: sourceLocation)
        } catch let e as OCDSInputError {
            return e
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
        }
        return nil
    }

    static func scratch(_ box: ImportSandbox, _ name: String, _ text: String) throws -> String {
        let path = box.root + ".inputs/" + name
        try FileManager.default.createDirectory(atPath: box.root + ".inputs", withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func malformedJSONIsNamedByLineAndColumn() throws {
        let (box, before) = try Self.prepared()
        defer { box.remove() }
        let good = try String(contentsOfFile: try ImportSandbox.fixture("uk9.json"), encoding: .utf8)
        // A line break before the damage, and a non-ASCII character on the damaged line: columns count characters.
        let bad = good.replacingOccurrences(of: "{\"uri\"", with: "{\n\"note\": \"£\", \"uri\"").replacingOccurrences(
            of: "\"measure\":\"99.7%\"", with: "\"measure\":99.7%")
        let path = try Self.scratch(box, "bad.json", bad)
        let e = try #require(Self.inputError(box, [try ImportSandbox.fixture("record-package.json"), path]))
        let line = bad.split(separator: "\n", omittingEmptySubsequences: false)[1]
        let column = line.distance(from: line.startIndex, to: try #require(line.range(of: "99.7%")).lowerBound) + 5
        #expect((e.file, e.line, e.column) == (path, 2, column), "\(e)")
        #expect(e.description.contains("malformed JSON: expected ',' or '}' after a member but found '%'"), "\(e)")
        #expect(box.snapshot() == before)
    }

    @Test func cutShortAndOtherSyntaxErrorsAreMalformedJSON() throws {
        let box = try ImportSandbox()
        defer { box.remove() }
        for (text, words) in [
            ("{\"releases\": [", "the file ends where a value was expected"),
            ("{\"releases\": [{\"ocid\": \"x\"", "the file ends inside an object"),
            ("{\"a\": \"b\nc\"}", "a text runs past the end of the line"), ("{\"a\": 01}", "may not start with 0"),
            ("{\"a\": \"\\q\"}", "is not a JSON escape"), ("{\"a\": tru}", "expected 'true'"),
            // A backslash before a line break or a control byte is named, never echoed (fuzz-ocds found
            // the raw carriage return splitting the message over two lines).
            ("{\"a\": \"x\\\r\"}", "a backslash before a line break is not a JSON escape"),
            ("{\"a\": \"x\\\u{01}\"}", "a backslash before byte 0x01 is not a JSON escape"),
            ("[1, 2]", "a JSON object, starting with '{'"),
            ("", "the file is empty"), ("{\"a\": \"\\ud800\"}", "high surrogate"),
            ("{\"a\":" + String(repeating: "[", count: 300), "nested more than 256"),
        ] {
            let path = try Self.scratch(box, "bad.json", text)
            let e = Self.inputError(box, [path])
            #expect(e?.description.contains(words) == true, "\(text.prefix(30)): \(String(describing: e))")
            #expect(e?.description.contains(where: \.isNewline) == false, "one line: \(String(describing: e))")
        }
        #expect(box.snapshot().isEmpty)
    }

    @Test func aFileThatIsNotOCDSOrAReleaseWithoutOcidIsNamedWithItsPath() throws {
        let (box, before) = try Self.prepared()
        defer { box.remove() }
        var e = try #require(Self.inputError(box, [try Self.scratch(box, "x.json", "{\"uri\": \"x\", \"version\": \"1.1\"}")]))
        #expect(e.jsonPath == "$" && e.message.contains("not an OCDS release package, record package or release"))
        var releases = try ImportSandbox.releases("uk7-hartlepool-and-exemption.json")
        releases[1].removeValue(forKey: "ocid")
        e = try #require(Self.inputError(box, [try box.package("no-ocid.json", releases)]))
        #expect(e.jsonPath == "$.releases[1]" && e.message.contains("this release has no 'ocid'"), "\(e)")
        e = try #require(
            Self.inputError(box, [try Self.scratch(box, "d.json", "{\"releases\": [{\"ocid\": \"ocds-x-1\", \"date\": \"10/08/2026\"}]}")]))
        #expect(
            e.jsonPath == "$.releases[0].date" && e.message.contains("'10/08/2026' is not an ISO 8601 date-time")
                && (e.line, e.column) == (1, 44), "\(e)")
        e = try #require(Self.inputError(box, [try Self.scratch(box, "r.json", "{\"records\": {}}")]))
        #expect(e.jsonPath == "$.records" && e.message.contains("must be a list"), "\(e)")
        #expect(box.snapshot() == before)
    }

    @Test func classificationsAreObjectsOrCodesAndAnUnknownCodeIsAnError() throws {
        let (box, before) = try Self.prepared()
        defer { box.remove() }
        let good = try String(contentsOfFile: try ImportSandbox.fixture("uk9.json"), encoding: .utf8)
        // The schema's plain code string is accepted as well as Find a Tender's object.
        let codes = good.replacingOccurrences(
            of: "{\"id\":\"met\",\"description\":\"Good - performance is meeting or exceeding the KPI\"}", with: "\"met\"")
        #expect(codes != good)
        let report = try box.run([
            try Self.scratch(box, "codes.json", codes.replacingOccurrences(of: "2026-08-11T11:06:39", with: "2026-08-12T11:06:39"))
        ])
        #expect(report.publishedRead == 4 && report.publishedRecorded == 4)
        let after = box.snapshot()
        let bad = good.replacingOccurrences(
            of: "\"measure\":\"100%\",\"measureClassification\":{\"id\":\"met\"",
            with: "\"measure\":\"100%\",\"measureClassification\":{\"id\":\"exceeded\"")
        #expect(bad != good)
        let e = try #require(Self.inputError(box, [try Self.scratch(box, "bad.json", bad)]))
        #expect(e.jsonPath == "$.releases[0].contracts[0].implementation.metrics[2].observations[0].measureClassification", "\(e)")
        #expect(
            e.message.contains(
                "unknown measureClassification: the code 'exceeded'; the UK extension's codes are met, slightlyBelow, below, significantlyBelow, other"
            ))
        #expect(box.snapshot() == after)
        #expect(before != after)
    }

    @Test func aFailureWhileWritingPutsEverythingBack() throws {
        let (box, before) = try Self.prepared()
        defer { box.remove() }
        // The second file renamed into place fails: the first is put back, the tracker's transaction rolls back.
        let count = Counter()
        do {
            try box.run(["merge-three-releases.json", "record-package.json", "uk9.json"]) { _ in
                if count.next() == 2 { throw ImportError.files("injected failure") }
            }
            Issue.record("the import should have failed")
        } catch let e as ImportError {
            #expect(e.errorDescription?.contains("injected failure") == true)
        }
        #expect(box.snapshot() == before)
        // A workspace without a tracker: the tracker the import created is removed again.
        let fresh = try ImportSandbox()
        defer { fresh.remove() }
        let count2 = Counter()
        #expect(throws: ImportError.self) {
            try fresh.run(["uk7-hartlepool-and-exemption.json", "uk9.json"]) { _ in
                if count2.next() == 4 { throw ImportError.files("injected failure") }
            }
        }
        #expect(fresh.snapshot().isEmpty && !FileManager.default.fileExists(atPath: fresh.root + "/.missionkpi"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: fresh.root).isEmpty)
    }

    @Test func aWorkspaceWithProblemsIsNotImportedInto() throws {
        let (box, before) = try Self.prepared()
        defer { box.remove() }
        try box.edit(
            "Contracts/dhsc/department.yaml", "name: Department of Health and Social Care", "nme: Department of Health and Social Care")
        let broken = box.snapshot()
        #expect(throws: ImportError.self) { try box.run(["merge-three-releases.json"]) }
        #expect(box.snapshot() == broken && broken != before)
    }
}

/// A counter shared with a `@Sendable` closure.
final class Counter: @unchecked Sendable {
    private var n = 0
    private let lock = NSLock()
    func next() -> Int {
        lock.withLock {
            n += 1; return n
        }
    }
}
