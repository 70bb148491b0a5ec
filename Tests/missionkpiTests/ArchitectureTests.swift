import Foundation
import Testing

/// The house plan, checked (Documentation/Architecture.md): each target depends on exactly what its
/// sources import, and each CLI subcommand stays a thin, single-threaded file.
@Suite struct ArchitectureTests {
    /// Modules that come with the toolchain or the system, or inside a declared product: not declared.
    static let implicit: Set<String> = ["Foundation", "Dispatch", "Glibc", "Darwin", "Testing", "XCTest", "GRDBSQLite", "FoundationXML", "FoundationNetworking"]

    /// Every target of Package.swift: its source folder and the targets and products it names.
    static func targets() throws -> [(name: String, folder: String, dependencies: Set<String>)] {
        let text = try String(contentsOfFile: CLI.repositoryRoot + "/Package.swift", encoding: .utf8)
        var out: [(String, String, Set<String>)] = []
        for kind in [".target(", ".executableTarget(", ".testTarget("] {
            var rest = Substring(text)
            while let start = rest.range(of: kind) {
                var depth = 0, end = start.lowerBound
                for i in rest[start.lowerBound...].indices {
                    if rest[i] == "(" { depth += 1 }
                    if rest[i] == ")" { depth -= 1 }
                    if depth == 0 && rest[i] == ")" {
                        end = i
                        break
                    }
                }
                let block = String(rest[start.upperBound..<end])
                rest = rest[end...]
                guard let name = quoted(after: "name: ", in: block) else { continue }
                let folder =
                    quoted(after: "path: ", in: block) ?? (kind == ".testTarget(" ? "Tests/" : "Sources/") + name
                var deps = Set<String>()
                if let list = block.range(of: "dependencies: [") {
                    // `.product(name: "GRDB", package: "GRDB.swift")` counts as "GRDB"; every other quoted name is a target.
                    var inside = String(block[list.upperBound...].prefix { $0 != "]" })
                    while let p = inside.range(of: ".product("), let close = inside[p.upperBound...].firstIndex(of: ")") {
                        let product = quoted(after: "name: ", in: String(inside[p.upperBound..<close])) ?? ""
                        inside.replaceSubrange(p.lowerBound...close, with: "\"" + product + "\"")
                    }
                    deps = Set(inside.split(separator: "\"", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }
                        .map { String($0.element) })
                }
                out.append((name, folder, deps))
            }
        }
        return out
    }

    static func quoted(after prefix: String, in text: String) -> String? {
        guard let r = text.range(of: prefix + "\"") else { return nil }
        return String(text[r.upperBound...].prefix { $0 != "\"" })
    }

    /// The modules the Swift files under `folder` import.
    static func imports(_ folder: String) -> Set<String> {
        var found = Set<String>()
        let root = CLI.repositoryRoot + "/" + folder
        let files = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        for file in files where !file.contains("Fixtures/") {
            guard let text = try? String(contentsOfFile: root + "/" + file, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") {
                // Swift imports start their line (system modules inside `#if canImport` are indented and implicit).
                let words = line.split(separator: " ", omittingEmptySubsequences: false)
                if words.count >= 2, words[0] == "import" { found.insert(String(words[1])) }
                if words.count >= 3, words[0] == "@testable", words[1] == "import" { found.insert(String(words[2])) }
            }
        }
        return found
    }

    @Test("Each target's dependencies in Package.swift are exactly the modules its sources import")
    func dependenciesEqualImports() throws {
        let targets = try Self.targets()
        #expect(targets.count >= 10, "Package.swift was not read: \(targets.map(\.name))")
        for t in targets {
            let imported = Self.imports(t.folder).subtracting(Self.implicit)
            #expect(imported == t.dependencies, "\(t.name): imports \(imported.sorted()), declares \(t.dependencies.sorted())")
        }
    }

    @Test("Each CLI subcommand is at most 60 lines and the CLI starts no thread")
    func subcommandsAreThin() throws {
        let root = CLI.repositoryRoot + "/Sources/missionkpi"
        let files = try FileManager.default.contentsOfDirectory(atPath: root).filter { $0.hasSuffix(".swift") }.sorted()
        var commands = 0
        for file in files {
            let lines = try String(contentsOfFile: root + "/" + file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            var start: Int?
            for (n, line) in lines.enumerated() {
                for word in ["DispatchQueue", "DispatchSemaphore", "DispatchGroup", "Thread(", "Task {", "Task.detached"] {
                    #expect(!line.contains(word), "\(file):\(n + 1): the CLI holds no threads; move it into MissionKPICommands")
                }
                if line.hasPrefix("struct "), line.contains("ParsableCommand") { start = n }
                if let s = start, line.hasPrefix("}") {
                    commands += 1
                    #expect(n - s + 1 <= 60, "\(file): \(lines[s]) is \(n - s + 1) lines; at most 60")
                    start = nil
                }
            }
        }
        #expect(commands >= 15, "no subcommand found under \(root)")
    }

    @Test("Work on every core goes through the one helper, Parallel")
    func oneParallelHelper() throws {
        let root = CLI.repositoryRoot + "/Sources"
        let files = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        #expect(files.count > 100, "no sources under \(root)")
        for file in files where file != "MissionKPI/Support/Parallel.swift" {
            let text = try String(contentsOfFile: root + "/" + file, encoding: .utf8)
            #expect(!text.contains("concurrentPerform"), "\(file): use Parallel.map or Parallel.forEach (MissionKPI/Support/Parallel.swift)")
        }
    }
}
