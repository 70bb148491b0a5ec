import Foundation

/// Why the loader could not run at all (as opposed to problems in the files, which are diagnostics).
public enum LoadFailure: Error, LocalizedError, Sendable {
    case notAWorkspace(String)

    public var errorDescription: String? {
        switch self {
        case .notAWorkspace(let path):
            "'\(path)' is not a workspace folder: it must exist and hold Missions/ and Contracts/ (or missionkpi.yaml); pass --workspace PATH"
        }
    }
}

/// What loading a workspace gave: the model (when the files could be read) and every problem found.
public struct LoadResult: Sendable {
    /// The workspace; present even when there are diagnostics, with the broken values left out.
    public var workspace: Workspace
    /// Every problem, sorted by file, line and column.
    public var diagnostics: [Diagnostic]
    public var fileCount: Int
    public var isClean: Bool { diagnostics.isEmpty }
}

/// Reads `missionkpi.yaml`, `Missions/*.yaml`, `Contracts/*/department.yaml` and `Contracts/*/*.yaml`.
///
/// ```swift
/// let result = try WorkspaceLoader.load(at: "Examples/uk")
/// for d in result.diagnostics { print(d) }
/// ```
public enum WorkspaceLoader {
    /// Files larger than this are refused: a workspace file is a few kilobytes.
    public static let maxFileSize = 16 << 20

    enum Kind { case settings, mission, department, contract(folder: String) }

    struct Job {
        var path: String
        var kind: Kind
    }

    enum Decoded {
        case settings(Settings)
        case mission(Mission)
        case department(Department)
        case contract(Contract)
        case none
    }

    /// Loads and validates the workspace at `root`. `ruleCatalog` lists the rule ids (and their options)
    /// that settings and waivers may name; pass `nil` to skip that check.
    public static func load(at root: String, ruleCatalog: [String: [String]]? = nil) throws -> LoadResult {
        let jobs = try findFiles(root: root)
        return load(jobs: jobs, root: root, ruleCatalog: ruleCatalog) { readFile(root: root, path: $0) }
    }

    /// Loads a workspace held in memory, by workspace-relative path (for rule examples and tests).
    public static func load(files: [String: String], ruleCatalog: [String: [String]]? = nil) -> LoadResult {
        var jobs: [Job] = []
        for path in files.keys.sorted() {
            let parts = path.split(separator: "/").map(String.init)
            guard path.hasSuffix(".yaml") else { continue }
            if path == "missionkpi.yaml" {
                jobs.append(Job(path: path, kind: .settings))
            } else if parts.count == 2, parts[0] == "Missions" {
                jobs.append(Job(path: path, kind: .mission))
            } else if parts.count == 3, parts[0] == "Contracts" {
                jobs.append(Job(path: path, kind: parts[2] == "department.yaml" ? .department : .contract(folder: parts[1])))
            }
        }
        return load(jobs: jobs, root: "", ruleCatalog: ruleCatalog) { path in
            files[path].map { .success(Array($0.utf8)) } ?? .failure("the file could not be read")
        }
    }

    static func load(
        jobs: [Job], root: String, ruleCatalog: [String: [String]]?, read: @Sendable (String) -> FileRead
    ) -> LoadResult {
        var decoded = [Decoded](repeating: .none, count: jobs.count)
        var diagnostics = [[Diagnostic]](repeating: [], count: jobs.count)
        var hashes = [String](repeating: "", count: jobs.count)
        decoded.withUnsafeMutableBufferPointer { out in
            diagnostics.withUnsafeMutableBufferPointer { diags in
                hashes.withUnsafeMutableBufferPointer { sums in
                    nonisolated(unsafe) let out = out, diags = diags, sums = sums
                    DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
                        let r = loadFile(job: jobs[i], bytes: read(jobs[i].path))
                        out[i] = r.0
                        diags[i] = r.1
                        sums[i] = r.2
                    }
                }
            }
        }
        var settings = Settings()
        var missions: [Mission] = [], departments: [Department] = [], contracts: [Contract] = []
        for d in decoded {
            switch d {
            case .settings(let s): settings = s
            case .mission(let m): missions.append(m)
            case .department(let dep): departments.append(dep)
            case .contract(let c): contracts.append(c)
            case .none: break
            }
        }
        let files = zip(jobs, hashes).map { (path: $0.path, sha256: $1) }
        let workspace = Workspace(
            root: root, settings: settings, missions: missions, departments: departments, contracts: contracts, files: files)
        var all = diagnostics.flatMap { $0 }
        all += WorkspaceValidator.validate(workspace, ruleCatalog: ruleCatalog)
        all.sort()
        return LoadResult(workspace: workspace, diagnostics: all, fileCount: jobs.count)
    }

    /// The workspace files, sorted by path, relative to `root`.
    static func findFiles(root: String) throws -> [Job] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: root, isDirectory: &isDir), isDir.boolValue else { throw LoadFailure.notAWorkspace(root) }
        let hasMissions = fm.fileExists(atPath: root + "/Missions"), hasContracts = fm.fileExists(atPath: root + "/Contracts")
        let hasSettings = fm.fileExists(atPath: root + "/missionkpi.yaml")
        guard hasMissions || hasContracts || hasSettings else { throw LoadFailure.notAWorkspace(root) }
        var jobs: [Job] = []
        if hasSettings { jobs.append(Job(path: "missionkpi.yaml", kind: .settings)) }
        for name in yamlFiles(in: root + "/Missions") { jobs.append(Job(path: "Missions/" + name, kind: .mission)) }
        let folders = ((try? fm.contentsOfDirectory(atPath: root + "/Contracts")) ?? []).sorted()
        for folder in folders where !folder.hasPrefix(".") {
            var dir: ObjCBool = false
            guard fm.fileExists(atPath: root + "/Contracts/" + folder, isDirectory: &dir), dir.boolValue else { continue }
            for name in yamlFiles(in: root + "/Contracts/" + folder) {
                let path = "Contracts/\(folder)/\(name)"
                jobs.append(Job(path: path, kind: name == "department.yaml" ? .department : .contract(folder: folder)))
            }
        }
        return jobs
    }

    static func yamlFiles(in dir: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !$0.hasPrefix(".") }.sorted()
    }

    enum FileRead: Sendable {
        case success([UInt8])
        case failure(String)
    }

    /// Reads a file, refusing one over `maxFileSize` before reading it.
    static func readFile(root: String, path: String) -> FileRead {
        let full = root + "/" + path
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: full),
            let size = attributes[.size] as? Int
        else { return .failure("the file could not be read; check that it exists and is readable") }
        if size > maxFileSize {
            return .failure("the file is \(size >> 20) MiB; workspace files are limited to \(maxFileSize >> 20) MiB, so split it")
        }
        guard let data = FileManager.default.contents(atPath: full) else {
            return .failure("the file could not be read; check its permissions")
        }
        return .success([UInt8](data))
    }

    static func loadFile(job: Job, bytes read: FileRead) -> (Decoded, [Diagnostic], String) {
        let decoder = FileDecoder(file: job.path)
        let start = Mark(line: 1, column: 1)
        let bytes: [UInt8]
        switch read {
        case .success(let b): bytes = b
        case .failure(let message):
            decoder.error(start, message)
            return (.none, decoder.diagnostics, "")
        }
        let hash = SHA256.hex(bytes)
        let root: YAMLNode?
        do {
            root = try YAMLParser.parse(bytes)
        } catch {
            decoder.error(error.mark, error.message)
            return (.none, decoder.diagnostics, hash)
        }
        guard let root, !(root.isNullScalar) else {
            decoder.error(start, "the file is empty; write the \(job.kind.noun) here or delete the file")
            return (.none, decoder.diagnostics, hash)
        }
        guard case .mapping = root else {
            decoder.error(root.mark, "the document must be a mapping (lines of 'key: value'), but it is \(root.kindDescription)")
            return (.none, decoder.diagnostics, hash)
        }
        let stem = (job.path as NSString).lastPathComponent.split(separator: ".").dropLast().joined(separator: ".")
        let result: Decoded
        switch job.kind {
        case .settings:
            result = .settings(decoder.settings(root))
        case .mission:
            let m = decoder.mission(root)
            if let m, m.id != stem { decoder.error(m.locations["id"].mark, "the mission id '\(m.id)' differs from the file name '\(stem).yaml'; rename the file or change the id") }
            result = m.map { .mission($0) } ?? .none
        case .department:
            let d = decoder.department(root)
            let folder = (job.path as NSString).deletingLastPathComponent.split(separator: "/").last.map(String.init) ?? ""
            if let d, d.id != folder { decoder.error(d.locations["id"].mark, "the department id '\(d.id)' differs from its folder 'Contracts/\(folder)/'; rename the folder or change the id") }
            result = d.map { .department($0) } ?? .none
        case .contract(let folder):
            let c = decoder.contract(root, folder: folder)
            if let c, c.id != stem { decoder.error(c.locations["id"].mark, "the contract id '\(c.id)' differs from the file name '\(stem).yaml'; rename the file or change the id") }
            result = c.map { .contract($0) } ?? .none
        }
        return (result, decoder.diagnostics, hash)
    }
}

extension WorkspaceLoader.Kind {
    var noun: String {
        switch self {
        case .settings: "workspace settings"
        case .mission: "mission"
        case .department: "department"
        case .contract: "contract"
        }
    }
}

extension YAMLNode {
    var isNullScalar: Bool {
        if case .scalar(let s) = self { return s.isNull }
        return false
    }
}
