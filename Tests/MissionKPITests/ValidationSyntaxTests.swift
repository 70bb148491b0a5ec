import Foundation
import Testing

@testable import MissionKPI

/// YAML-level problems: each is one diagnostic at the exact place, and nothing cascades from it.
@Suite struct ValidationSyntaxTests {
    static let c = TempWorkspace.contract
    static let m = TempWorkspace.mission

    @Test func cleanFixtureHasNoProblems() throws {
        let result = try TempWorkspace.clean().load()
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.fileCount == 4)
        #expect(result.workspace.contracts.first?.kpis.count == 1)
    }

    @Test func tabIndentation() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.m, "    title: 92% within", "\ttitle: 92% within")
        expectOnly(try ws.diagnostics(), at: "Missions/nhs.yaml:5:1", "tab", "spaces")
    }

    @Test func duplicateKeyIsReportedAtTheSecondKey() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.c, "procedure: open\n", "procedure: open\ntitle: Again\n")
        expectOnly(try ws.diagnostics(), at: "\(Self.c):8:1", "duplicate key 'title'", "line 2, column 1")
    }

    @Test func duplicateKeyInAFlowMapping() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.c, "end: 2028-03-31}", "start: 2028-03-31}")
        expectOnly(try ws.diagnostics(), at: "\(Self.c):6:29", "duplicate key 'start'")
    }

    @Test func anchorIsRefused() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.c, "procedure: open", "procedure: &p open")
        expectOnly(try ws.diagnostics(), at: "\(Self.c):7:12", "anchors", "'&p'")
    }

    @Test func aliasIsRefused() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.c, "tier: gold", "tier: *gold")
        expectOnly(try ws.diagnostics(), at: "\(Self.c):8:7", "aliases", "in full")
    }

    @Test func customTagIsRefused() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.c, "procedure: open", "procedure: !proc open")
        expectOnly(try ws.diagnostics(), at: "\(Self.c):7:12", "tag '!proc'", "remove it")
    }

    @Test func billionLaughsIsRefusedFast() throws {
        var text = "a: [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for i in 1...9 {
            let prev = Character(UnicodeScalar(96 + i)!), name = Character(UnicodeScalar(97 + i)!)
            text += "\(name): &\(name) [" + Array(repeating: "*\(prev)", count: 9).joined(separator: ",") + "]\n"
        }
        text = text.replacingOccurrences(of: "a: [", with: "a: &a [")
        var ws = try TempWorkspace.clean()
        ws[Self.c] = text
        let clock = ContinuousClock()
        var diagnostics: [Diagnostic] = []
        let elapsed = try clock.measure { diagnostics = try ws.diagnostics() }
        expectOnly(diagnostics, at: "\(Self.c):1:4", "anchors")
        #expect(elapsed < .seconds(5))
    }

    @Test func hugeFileIsRefusedBeforeReading() throws {
        var ws = try TempWorkspace.clean()
        ws.files[Self.c] = Array("id: x\n# ".utf8) + [UInt8](repeating: 0x78, count: 20 << 20) + [0x0A]
        expectOnly(try ws.diagnostics(), at: "\(Self.c):1:1", "20 MiB", "limited to 16 MiB")
    }

    @Test func deepFlowNestingIsRefusedWithoutOverflow() throws {
        var ws = try TempWorkspace.clean()
        ws[Self.c] = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        expectOnly(try ws.diagnostics(), at: "\(Self.c):1:65", "nested more than 64 levels")
    }

    @Test func deepBlockNestingIsRefused() throws {
        var ws = try TempWorkspace.clean()
        ws[Self.c] = (0..<200).map { String(repeating: " ", count: $0) + "a:\n" }.joined()
        expectOnly(try ws.diagnostics(), at: "\(Self.c):65:65", "nested more than 64 levels")
    }

    @Test func randomBytesAreNotUTF8() throws {
        var generator = SeededGenerator(seed: 7)
        var ws = try TempWorkspace.clean()
        let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        ws.files[Self.c] = bytes
        // Issue 20: reported where the first byte that is not UTF-8 sits, naming it (before: always 1:1).
        let bad = try #require(TextBytes.firstInvalidUTF8(bytes))
        let at = TextBytes.mark(of: bad, in: bytes)
        let diagnostics = try ws.diagnostics()
        #expect(diagnostics.count == 1)
        let d = try #require(diagnostics.first)
        #expect(d.location.line >= 1 && d.location.column >= 1 && d.location <= SourceLocation(file: Self.c, mark: at), "\(d)")
    }

    @Test func nulByteIsRefusedWhereItIs() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.c, "procedure: open", "procedure: op\u{0}en")
        expectOnly(try ws.diagnostics(), at: "\(Self.c):7:14", "U+0000", "not allowed")
    }

    @Test func utf16FileIsRefused() throws {
        var ws = try TempWorkspace.clean()
        let text = try #require(ws[Self.c])
        ws.files[Self.c] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        expectOnly(try ws.diagnostics(), at: "\(Self.c):1:1", "byte 0xFF", "not UTF-8", "save the file as UTF-8")
    }

    /// Issue 20, point 7: a Latin-1 byte is reported at its line and column, named, with the fix.
    @Test func latin1ByteIsReportedWhereItIsAndNamed() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.c, "Example Imaging", "Example Imaging Ltd (\u{E9})")
        ws.files[Self.c] = try #require(ws[Self.c]).unicodeScalars.map { UInt8($0.value) }
        expectOnly(try ws.diagnostics(), at: "\(Self.c):4:39", "byte 0xE9", "'é'", "save the file as UTF-8")
    }

    @Test func aPoundSignSavedAsLatin1AfterMultibyteTextIsCountedInCharacters() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.c, "title: Community", "title: ‘Café’ £5 Community")
        var bytes = try #require(ws.files[Self.c])
        let pound = try #require(bytes.firstIndex(of: 0xC2))  // '£' is C2 A3 in UTF-8: keep A3 alone
        bytes.remove(at: pound)
        ws.files[Self.c] = bytes
        expectOnly(try ws.diagnostics(), at: "\(Self.c):2:15", "byte 0xA3", "'£'")
    }

    @Test func utf8ByteOrderMarkIsAccepted() throws {
        var ws = try TempWorkspace.clean()
        ws.files[Self.c] = [0xEF, 0xBB, 0xBF] + ws.files[Self.c]!
        #expect(try ws.diagnostics().map(\.description) == [])
    }

    @Test func windowsLineEndingsAreAccepted() throws {
        var ws = try TempWorkspace.clean()
        ws[Self.c] = ws[Self.c]!.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try ws.diagnostics().map(\.description) == [])
    }

    @Test func secondDocumentIsRefused() throws {
        var ws = try TempWorkspace.clean()
        ws[Self.c] = ws[Self.c]! + "---\nid: other\n"
        expectOnly(try ws.diagnostics(), at: "\(Self.c):24:1", "second YAML document", "one document in each file")
    }

    @Test(arguments: ["", "# only a comment\n", "---\n", "~\n"])
    func emptyFile(text: String) throws {
        var ws = try TempWorkspace.clean()
        ws[Self.m] = text
        ws.edit(Self.c, "  - node: nhs/diagnostic-capacity\n    rationale: Adds imaging capacity.\n", "")
        ws.edit(Self.c, "    measures: nhs/faster-diagnosis\n", "")
        expectOnly(try ws.diagnostics(), at: "Missions/nhs.yaml:1:1", "file is empty", "mission")
    }

    @Test func documentThatIsAListIsRefused() throws {
        var ws = try TempWorkspace.clean()
        ws[Self.c] = "- id: x\n- id: y\n"
        expectOnly(try ws.diagnostics(), at: "\(Self.c):1:1", "must be a mapping", "a list")
    }

    @Test func documentThatIsATextIsRefused() throws {
        var ws = try TempWorkspace.clean()
        ws[Self.c] = "\n\njust words\n"
        expectOnly(try ws.diagnostics(), at: "\(Self.c):3:1", "must be a mapping", "'just words'")
    }

    @Test func unclosedFlowMappingIsASyntaxError() throws {
        var ws = try TempWorkspace.clean()
        ws.edit(Self.c, "end: 2028-03-31}", "end: 2028-03-31")
        let d = try ws.diagnostics()
        #expect(d.count == 1)
        #expect(d.first?.message.contains("YAML syntax error") == true)
        #expect(d.first?.location.file == Self.c)
        #expect((d.first?.location.line ?? 0) >= 6)
    }

    @Test func mappingKeyThatIsAListIsRefused() throws {
        var ws = try TempWorkspace.clean()
        ws[Self.c] = "? [a, b]\n: value\n"
        expectOnly(try ws.diagnostics(), at: "\(Self.c):1:3", "mapping key must be a plain text")
    }
}

/// Files that are not plain files are refused without hanging or reading without end.
@Suite struct ValidationFileKindTests {
    static let dhsc = "Contracts/dhsc/"

    func load(_ prepare: (String) throws -> Void) throws -> [Diagnostic] {
        let root = try TempWorkspace.clean().write()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try prepare(root + "/" + Self.dhsc)
        return try WorkspaceLoader.load(at: root).diagnostics
    }

    @Test func folderNamedLikeAYAMLFile() throws {
        let d = try load { try FileManager.default.createDirectory(atPath: $0 + "folder.yaml", withIntermediateDirectories: false) }
        expectOnly(d, at: Self.dhsc + "folder.yaml:1:1", "not a regular file")
    }

    @Test func linkToADevice() throws {
        let d = try load { try FileManager.default.createSymbolicLink(atPath: $0 + "zero.yaml", withDestinationPath: "/dev/zero") }
        expectOnly(d, at: Self.dhsc + "zero.yaml:1:1", "not a regular file")
    }

    @Test func namedPipeDoesNotHang() throws {
        let d = try load { #expect(mkfifo($0 + "pipe.yaml", 0o644) == 0) }
        expectOnly(d, at: Self.dhsc + "pipe.yaml:1:1", "not a regular file")
    }

    @Test func linkLoop() throws {
        let d = try load { try FileManager.default.createSymbolicLink(atPath: $0 + "loop.yaml", withDestinationPath: "loop.yaml") }
        expectOnly(d, at: Self.dhsc + "loop.yaml:1:1", "not a regular file", "loop")
    }

    @Test func linkToAHugeFileIsRefusedBeforeReading() throws {
        let big = FileManager.default.temporaryDirectory.appendingPathComponent("missionkpi-big-\(UUID().uuidString).yaml").path
        FileManager.default.createFile(atPath: big, contents: Data(count: 17 << 20))
        defer { try? FileManager.default.removeItem(atPath: big) }
        let d = try load { try FileManager.default.createSymbolicLink(atPath: $0 + "big.yaml", withDestinationPath: big) }
        expectOnly(d, at: Self.dhsc + "big.yaml:1:1", "17 MiB", "limited to 16 MiB")
    }
}
