import Foundation

/// Finds the returns files to record: the paths given (files, or folders searched for `*.csv`), or by
/// default every `Contracts/*/returns/*.csv` of the workspace. Always sorted, never twice.
///
/// ```swift
/// let found = ReturnsFinder.find([], workspaceRoot: ".")
/// found.inputs.map(\.displayPath)   // ["Contracts/dhsc/returns/2025-26-q1.csv", …]
/// ```
public enum ReturnsFinder {
    /// The files found, and a message for each path that named nothing usable.
    public static func find(_ paths: [String], workspaceRoot: String) -> (inputs: [ReturnsInput], problems: [String]) {
        let fm = FileManager.default
        var problems: [String] = []
        var found: [String] = []
        if paths.isEmpty {
            let contracts = (workspaceRoot as NSString).appendingPathComponent("Contracts")
            for dept in ((try? fm.contentsOfDirectory(atPath: contracts)) ?? []).sorted() {
                let folder = (contracts as NSString).appendingPathComponent("\(dept)/returns")
                for name in ((try? fm.contentsOfDirectory(atPath: folder)) ?? []).sorted() where isCSV(name) {
                    found.append((folder as NSString).appendingPathComponent(name))
                }
            }
        }
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append("\(path): no such file or folder; give a returns CSV file or a folder holding them")
                continue
            }
            guard isDirectory.boolValue else {
                found.append(path)
                continue
            }
            let inside = (fm.enumerator(atPath: path)?.allObjects as? [String] ?? []).filter(isCSV).sorted()
            if inside.isEmpty { problems.append("\(path): the folder holds no .csv files") }
            found += inside.map { (path as NSString).appendingPathComponent($0) }
        }
        var seen: Set<String> = []
        var inputs: [ReturnsInput] = []
        for path in found {
            let absolute = absolutePath(path)
            guard seen.insert(absolute).inserted else { continue }
            inputs.append(ReturnsInput(path: path, displayPath: displayPath(absolute, root: absolutePath(workspaceRoot), given: path)))
        }
        return (inputs, problems)
    }

    static func isCSV(_ name: String) -> Bool { name.lowercased().hasSuffix(".csv") && !name.hasPrefix(".") }

    static func absolutePath(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        return (full as NSString).standardizingPath
    }

    /// Workspace-relative for a file inside the workspace, otherwise the path as given.
    static func displayPath(_ absolute: String, root: String, given: String) -> String {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : given
    }
}
