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
        load(contents: files.mapValues { Array($0.utf8) }, root: "", ruleCatalog: ruleCatalog)
    }

    /// Loads a workspace whose files are held in memory as bytes, by workspace-relative path (a git
    /// revision read by `missionkpi changes`). Paths that are not workspace files are ignored, as on disk.
    public static func load(contents: [String: [UInt8]], root: String, ruleCatalog: [String: [String]]? = nil) -> LoadResult {
        var jobs: [Job] = []
        for path in contents.keys.sorted() where isWorkspaceFile(path) {
            let parts = path.split(separator: "/").map(String.init)
            if path == "missionkpi.yaml" {
                jobs.append(Job(path: path, kind: .settings))
            } else if parts[0] == "Missions" {
                jobs.append(Job(path: path, kind: .mission))
            } else {
                jobs.append(Job(path: path, kind: parts[2] == "department.yaml" ? .department : .contract(folder: parts[1])))
            }
        }
        return load(jobs: jobs, root: root, ruleCatalog: ruleCatalog) { path in
            guard let bytes = contents[path] else { return .failure("the file could not be read") }
            if bytes.count > maxFileSize {
                return .failure("the file is \(bytes.count >> 20) MiB; workspace files are limited to \(maxFileSize >> 20) MiB, so split it")
            }
            return .success(bytes)
        }
    }

    /// Whether a workspace-relative path is one the loader reads: `missionkpi.yaml`, `Missions/<name>.yaml`,
    /// `Contracts/<folder>/<name>.yaml` (or `.yml`), no part starting with a dot.
    public static func isWorkspaceFile(_ path: String) -> Bool {
        if path == "missionkpi.yaml" { return true }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard let name = parts.last, name.hasSuffix(".yaml") || name.hasSuffix(".yml"), !parts.contains(where: { $0.isEmpty || $0.hasPrefix(".") })
        else { return false }
        return (parts.count == 2 && parts[0] == "Missions") || (parts.count == 3 && parts[0] == "Contracts")
    }

    static func load(
        jobs: [Job], root: String, ruleCatalog: [String: [String]]?, read: @Sendable (String) -> FileRead
    ) -> LoadResult {
        let results = Parallel.map(jobs, minimumChunk: 1) { job in loadFile(job: job, bytes: read(job.path)) }
        var settings = Settings()
        var missions: [Mission] = [], departments: [Department] = [], contracts: [Contract] = []
        var references: [PendingReference] = [], broken = BrokenIDs()
        for r in results {
            references += r.references
            broken.formUnion(r.broken)
            switch r.decoded {
            case .settings(let s): settings = s
            case .mission(let m): missions.append(m)
            case .department(let dep): departments.append(dep)
            case .contract(let c): contracts.append(c)
            case .none: break
            }
        }
        let files = zip(jobs, results).map { (path: $0.path, sha256: $1.hash) }
        let workspace = Workspace(
            root: root, settings: settings, missions: missions, departments: departments, contracts: contracts, files: files)
        var all = results.flatMap(\.diagnostics)
        all += WorkspaceValidator.validate(workspace, ruleCatalog: ruleCatalog, references: references, broken: broken)
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
        // The common case, a plain regular file, through POSIX calls: Foundation's link resolution,
        // attributes and `Data` cost more than parsing a small file. Anything else takes the path below.
        let raw = root + "/" + path
        var info = stat()
        if lstat(raw, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
            let size = Int(info.st_size)
            if size > maxFileSize {
                return .failure("the file is \(size >> 20) MiB; workspace files are limited to \(maxFileSize >> 20) MiB, so split it")
            }
            guard case .success(let bytes) = FileBytes.contents(of: raw) else {
                return .failure("the file could not be read; check its permissions")
            }
            return .success(bytes)
        }
        // Follow links first, so a link cannot smuggle in a large file, a device or a pipe.
        let full = ((root + "/" + path) as NSString).resolvingSymlinksInPath
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: full),
            let size = attributes[.size] as? Int
        else { return .failure("the file could not be read (is it a broken link?); check that it exists and is readable") }
        if attributes[.type] as? FileAttributeType != .typeRegular {
            return .failure("this is not a regular file (a folder, a device, a pipe or a link that goes round in a loop); remove it or rename it so it does not end in .yaml")
        }
        if size > maxFileSize {
            return .failure("the file is \(size >> 20) MiB; workspace files are limited to \(maxFileSize >> 20) MiB, so split it")
        }
        guard let data = FileManager.default.contents(atPath: full) else {
            return .failure("the file could not be read; check its permissions")
        }
        return .success([UInt8](data))
    }

    /// What one file gave: its value (if whole), its problems, its hash, its references and its broken ids.
    struct FileResult {
        var decoded: Decoded = .none
        var diagnostics: [Diagnostic] = []
        var hash = ""
        var references: [PendingReference] = []
        var broken = BrokenIDs()
    }

    static func loadFile(job: Job, bytes read: FileRead) -> FileResult {
        let decoder = FileDecoder(file: job.path)
        // Job paths are `Missions/<name>` or `Contracts/<folder>/<name>`: plain components, no trailing '/'.
        let components = job.path.split(separator: "/", omittingEmptySubsequences: false)
        let stem = (components.last ?? "").split(separator: ".").dropLast().joined(separator: ".")
        let folder = components.count >= 2 ? String(components[components.count - 2]) : ""
        var hash = ""
        func finish(_ decoded: Decoded) -> FileResult {
            // A mission or department that did not load (or loaded under another name) is broken under
            // the name others use for it, so references to it are not reported again.
            switch job.kind {
            case .mission:
                if case .mission(let m) = decoded, m.id == stem {} else { decoder.broken.missions.insert(stem) }
            case .department:
                if case .department = decoded {} else { decoder.broken.departments.insert(folder) }
            case .settings, .contract: break
            }
            return FileResult(
                decoded: decoded, diagnostics: decoder.diagnostics, hash: hash, references: decoder.references,
                broken: decoder.broken)
        }
        let start = Mark(line: 1, column: 1)
        let bytes: [UInt8]
        switch read {
        case .success(let b): bytes = b
        case .failure(let message):
            decoder.error(start, message)
            return finish(.none)
        }
        hash = SHA256.hex(bytes)
        let root: YAMLNode?
        do {
            root = try YAMLParser.parse(bytes)
        } catch {
            decoder.error(error.mark, error.message)
            return finish(.none)
        }
        guard let root, !(root.isNullScalar) else {
            decoder.error(start, "the file is empty; write the \(job.kind.noun) here or delete the file")
            return finish(.none)
        }
        guard case .mapping = root else {
            decoder.error(root.mark, "the document must be a mapping (lines of 'key: value'), but it is \(root.kindDescription)")
            return finish(.none)
        }
        switch job.kind {
        case .settings:
            return finish(.settings(decoder.settings(root)))
        case .mission:
            let m = decoder.mission(root)
            if let m, m.id != stem { decoder.error(m.locations["id"].mark, "the mission id \(quoted: m.id) differs from the file name \(quoted: stem + ".yaml"); rename the file or change the id") }
            return finish(m.map { .mission($0) } ?? .none)
        case .department:
            guard let d = decoder.department(root) else { return finish(.none) }
            if d.id != folder {
                decoder.error(d.locations["id"].mark, "the department id \(quoted: d.id) differs from its folder 'Contracts/\(folder)/'; rename the folder or change the id")
                decoder.broken.departments.insert(folder)
            }
            return finish(.department(d))
        case .contract(let folder):
            let c = decoder.contract(root, folder: folder)
            if let c, c.id != stem { decoder.error(c.locations["id"].mark, "the contract id \(quoted: c.id) differs from the file name \(quoted: stem + ".yaml"); rename the file or change the id") }
            return finish(c.map { .contract($0) } ?? .none)
        }
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
