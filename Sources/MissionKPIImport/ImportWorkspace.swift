import Foundation
import MissionKPI

/// The workspace side of an import: loading it (it must be clean), the records of earlier imports,
/// and checking that what the import would write loads cleanly before anything is written.
enum ImportWorkspace {
    /// The workspace at `root`; an existing folder that is not a workspace yet counts as an empty one.
    static func load(_ root: String) throws -> Workspace {
        do {
            let result = try WorkspaceLoader.load(at: root, ruleCatalog: RuleRegistry.catalog)
            guard result.isClean else { throw ImportError.workspace(result.diagnostics) }
            return result.workspace
        } catch LoadFailure.notAWorkspace {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root, isDirectory: &isDir), isDir.boolValue else {
                throw ImportError.files("'\(root)' is not a folder; pass --workspace with an existing folder")
            }
            return Workspace(root: root, settings: Settings(), missions: [], departments: [], contracts: [])
        }
    }

    /// The records of earlier imports, `Imports/ocds/<dept>/<id>.yaml`, by source.
    static func records(_ root: String) throws -> [String: BaseRecord] {
        var out: [String: BaseRecord] = [:]
        let fm = FileManager.default
        let top = root + "/Imports/ocds"
        for folder in ((try? fm.contentsOfDirectory(atPath: top)) ?? []).sorted() where !folder.hasPrefix(".") {
            for name in ((try? fm.contentsOfDirectory(atPath: top + "/" + folder)) ?? []).sorted()
            where name.hasSuffix(".yaml") && !name.hasPrefix(".") {
                let path = "Imports/ocds/\(folder)/\(name)"
                guard let data = fm.contents(atPath: root + "/" + path) else { throw ImportError.files("cannot read \(path)") }
                let bytes = [UInt8](data)
                let (contract, diagnostics) = WorkspaceLoader.decodeContract(bytes, path: path, folder: folder)
                guard let contract, diagnostics.isEmpty, let s = contract.source else { throw ImportError.record(path, diagnostics) }
                out[sourceKey(s.ocid, s.contract)] = BaseRecord(
                    path: path, contract: contract, text: String(decoding: bytes, as: UTF8.self))
            }
        }
        return out
    }

    /// Loads the workspace as it would be after `writes`, in memory; throws when anything fails to load.
    static func verify(_ writes: [String: String], over workspace: Workspace, root: String) throws {
        var files: [String: String] = [:]
        for f in workspace.files {
            guard let data = FileManager.default.contents(atPath: root + "/" + f.path) else {
                throw ImportError.files("cannot read \(f.path)")
            }
            files[f.path] = String(decoding: data, as: UTF8.self)
        }
        var problems: [Diagnostic] = []
        for (path, text) in writes {
            if path.hasPrefix("Contracts/") {
                files[path] = text
            } else {
                let parts = path.split(separator: "/")
                let (_, ds) = WorkspaceLoader.decodeContract(Array(text.utf8), path: path, folder: parts.count == 4 ? String(parts[2]) : "")
                problems += ds
            }
        }
        problems += WorkspaceLoader.load(files: files, ruleCatalog: RuleRegistry.catalog).diagnostics
        if !problems.isEmpty { throw ImportError.result(problems.sorted()) }
    }

    /// Removes a tracker this import created (and its folder, when the import created that too).
    static func removeTracker(_ path: String, folderExisted: Bool) {
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
        if !folderExisted { rmdir((path as NSString).deletingLastPathComponent) }
    }
}
