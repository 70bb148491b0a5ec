import Foundation
import Testing

@testable import MissionKPIGenerator
import MissionKPI

@Suite("Generator: deterministic synthetic workspaces")
struct GeneratorTests {
    /// A fresh empty folder under the temporary directory.
    static func folder(_ name: String) -> String {
        let path = NSTemporaryDirectory() + "missionkpi-generator-\(name)-\(UInt32.random(in: 0...UInt32.max))"
        try? FileManager.default.removeItem(atPath: path)
        return path
    }

    /// Every file under `root`, by relative path, with its bytes.
    static func files(_ root: String) -> [String: Data] {
        var out: [String: Data] = [:]
        let e = FileManager.default.enumerator(atPath: root)
        while let path = e?.nextObject() as? String {
            var dir: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &dir), !dir.boolValue {
                out[path] = FileManager.default.contents(atPath: root + "/" + path)
            }
        }
        return out
    }

    @Test("The same contracts and seed give byte-identical files")
    func sameSeedSameBytes() throws {
        let a = Self.folder("a"), b = Self.folder("b")
        defer { for p in [a, b] { try? FileManager.default.removeItem(atPath: p) } }
        let options = GeneratorOptions(contracts: 40, seed: 7)
        let sa = try WorkspaceGenerator.write(options, to: a)
        let sb = try WorkspaceGenerator.write(options, to: b)
        #expect(sa == sb)
        let fa = Self.files(a), fb = Self.files(b)
        #expect(fa.count == sa.files)
        #expect(fa.keys.sorted() == fb.keys.sorted())
        for (path, bytes) in fa { #expect(fb[path] == bytes, "\(path) differs between two runs") }
    }

    @Test("A different seed gives different contracts")
    func differentSeedDifferentBytes() throws {
        let a = Self.folder("s1"), b = Self.folder("s2")
        defer { for p in [a, b] { try? FileManager.default.removeItem(atPath: p) } }
        _ = try WorkspaceGenerator.write(GeneratorOptions(contracts: 20, seed: 1), to: a)
        _ = try WorkspaceGenerator.write(GeneratorOptions(contracts: 20, seed: 2), to: b)
        let fa = Self.files(a), fb = Self.files(b)
        let contracts = fa.keys.filter { $0.hasPrefix("Contracts/") && $0.hasSuffix(".yaml") && !$0.hasSuffix("department.yaml") }
        #expect(contracts.count == 20)
        #expect(fa.keys.sorted() != fb.keys.sorted() || fa.contains { fb[$0.key] != $0.value })
    }

    @Test("A generated 50-contract workspace loads with no diagnostics, with the sizes asked for")
    func generatedWorkspaceLoadsClean() throws {
        let root = Self.folder("clean")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let summary = try WorkspaceGenerator.write(GeneratorOptions(contracts: 50, seed: 3), to: root)
        let result = try WorkspaceLoader.load(at: root, ruleCatalog: RuleRegistry.catalog)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.prefix(5).map(\.description))")
        let ws = result.workspace
        #expect(ws.contracts.count == 50 && summary.contracts == 50)
        #expect(ws.missions.count == 5 && ws.departments.count == 5)
        #expect(ws.contracts.reduce(0) { $0 + $1.kpis.count } == summary.kpis)
        // 3–10 KPIs (mean ~6), apart from the few contracts planted with too few or too many.
        let typical = ws.contracts.filter { (3...10).contains($0.kpis.count) }
        #expect(typical.count >= 45)
        #expect((5.0...7.0).contains(Double(summary.kpis) / 50))
        // Theories of change of 8–15 nodes at the four levels.
        for m in ws.missions {
            #expect((8...15).contains(m.theoryOfChange.count), "\(m.id) has \(m.theoryOfChange.count) nodes")
            #expect(Set(m.theoryOfChange.map(\.level)) == Set(NodeLevel.allCases))
        }
        #expect(summary.returnRows > 50 * 4 * 12)
    }

    @Test("Returns rows name real KPIs, sit inside their contract and are unique per file")
    func returnsAreConsistent() throws {
        let root = Self.folder("returns")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let summary = try WorkspaceGenerator.write(GeneratorOptions(contracts: 30, seed: 5), to: root)
        let ws = try WorkspaceLoader.load(at: root).workspace
        var rows = 0
        for (path, data) in Self.files(root) where path.hasSuffix(".csv") {
            let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
            #expect(lines.first == "contract,kpi,period,value,note", "\(path)")
            var seen = Set<String>()
            for line in lines.dropFirst() {
                let f = line.split(separator: ",", maxSplits: 4, omittingEmptySubsequences: false).map(String.init)
                let contract = try #require(ws.contract(f[0]), "\(path): unknown contract \(f[0])")
                let kpi = try #require(contract.kpi(f[1]), "\(path): unknown KPI \(f[1])")
                let period = try #require(Period(parsing: f[2]), "\(path): bad period \(f[2])")
                #expect(contract.start <= period.start && period.end <= contract.end, "\(path): \(line)")
                #expect(kpi.unit != .percent || (0...100).contains(Double(f[3]) ?? -1), "\(path): \(line)")
                #expect(seen.insert(f[0] + "/" + f[1] + "/" + f[2]).inserted, "\(path): repeated \(line)")
                rows += 1
            }
        }
        #expect(rows == summary.returnRows)
        // And the returns validator that `record` uses accepts every file whole.
        let validator = ReturnsValidator(workspace: ws)
        for (path, data) in Self.files(root) where path.hasSuffix(".csv") {
            let file = validator.validate([UInt8](data), path: path)
            #expect(file.isValid, "\(path): \(file.diagnostics.prefix(3).map(\.description))")
        }
    }

    @Test("An existing workspace is not overwritten unless replacing is asked for")
    func refusesToOverwrite() throws {
        let root = Self.folder("overwrite")
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try WorkspaceGenerator.write(GeneratorOptions(contracts: 5, seed: 1), to: root)
        #expect(throws: GeneratorError.outputNotEmpty(root)) {
            try WorkspaceGenerator.write(GeneratorOptions(contracts: 5, seed: 2), to: root)
        }
        let s = try WorkspaceGenerator.write(GeneratorOptions(contracts: 6, seed: 2), to: root, replacing: true)
        #expect(try WorkspaceLoader.load(at: root).workspace.contracts.count == s.contracts)
        #expect(throws: GeneratorError.self) { try WorkspaceGenerator.write(GeneratorOptions(contracts: 0, seed: 1), to: root + "/x") }
    }

    @Test("Texts read back unchanged: quoted wherever a plain scalar would not", arguments: [
        "plain words", "92% of patients", "Scans: reported", "a #tag", "- dash", "true", "null", "2026", "0.5",
        "O'Brien", "{braces}", "trailing space ", "line\nbreak", "quote \" inside", "A&E", "x: y, z",
    ])
    func quoting(text: String) throws {
        var out = TextBuffer()
        out.add("block: ")
        out.yaml(text)
        out.add("\nflow: {k: ")
        out.yaml(text, flow: true)
        out.add("}\n")
        let root = try #require(try YAMLParser.parse(out.bytes))
        guard case .mapping(let entries, _) = root, entries.count == 2,
            case .scalar(let block) = entries[0].value, case .mapping(let inner, _) = entries[1].value,
            case .scalar(let flow) = inner.first?.value
        else {
            Issue.record("unexpected shape for \(text.debugDescription)")
            return
        }
        #expect(block.text == text && !block.isNull)
        #expect(flow.text == text && !flow.isNull)
        #expect(block.isQuoted || Double(block.text) == nil)
    }
}
