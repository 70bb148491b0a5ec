import Foundation

/// Reads OCDS releases from release packages, record packages and JSON Lines (one release or package
/// per line), streaming: a file is read in chunks and only the parts the import uses are kept.
///
/// ```swift
/// let reader = OCDSReader()
/// for file in try OCDSReader.findFiles(["fts/"]) { try reader.read(file) }
/// reader.releases.count
/// ```
public final class OCDSReader {
    /// A file to read: as the user named it, and a path that opens it.
    public struct File: Sendable, Hashable {
        public var display: String
        public var path: String
    }

    /// Every release read, in reading order.
    public private(set) var releases: [OCDSRelease] = []
    /// Things skipped that the user should know about (one line each).
    public private(set) var notes: [String] = []
    /// Linked releases (a `url` only) in record packages, which carry no data to import.
    public private(set) var linkedReleases = 0

    public init() {}

    static let recordRelease = OCDSKeep.release.adding("url", OCDSKeep.scalar)

    /// Reads one file's releases, or throws an `OCDSInputError` naming the file, place and JSON path.
    public func read(_ file: File) throws {
        let reader: JSONReader
        do {
            reader = try JSONReader(path: file.path)
        } catch {
            throw OCDSInputError(
                file: file.display, line: 1, column: 1, jsonPath: nil,
                message: "the file cannot be opened (\(error.localizedDescription)); check the path and its permissions")
        }
        do {
            try reader.skipByteOrderMark()
            guard try reader.skipWhitespace() != nil else {
                throw OCDSInputError(
                    file: file.display, line: 1, column: 1, jsonPath: nil,
                    message: "the file is empty; expected an OCDS release package, record package or JSON Lines of releases")
            }
            while let b = try reader.skipWhitespace() {
                guard b == 0x7B else {
                    throw fail(
                        file, reader.offset, nil,
                        "expected an OCDS release package, record package or release (a JSON object, starting with '{') but found \(JSONReader.describe(b))"
                    )
                }
                try readTop(reader, file)
            }
        } catch let e as JSONSyntaxError {
            throw fail(file, e.offset, nil, "malformed JSON: " + e.message)
        }
    }

    func fail(_ file: File, _ offset: Int, _ jsonPath: String?, _ message: String) -> OCDSInputError {
        OCDSInputError(file: file.display, path: file.path, offset: offset, jsonPath: jsonPath, message: message)
    }

    /// One top-level object: a release package, a record package, or a bare release (a JSON Lines line).
    func readTop(_ reader: JSONReader, _ file: File) throws {
        let start = reader.offset
        var isPackage = false
        var members: [JSONNode.Member] = []
        try reader.readMembers { key in
            if key.elementsEqual("releases".utf8) {
                isPackage = true
                try self.list(reader, file, "$.releases") { i in
                    try self.add(try reader.readValue(keep: OCDSKeep.release), file, "$.releases[\(i)]")
                }
            } else if key.elementsEqual("records".utf8) {
                isPackage = true
                try self.list(reader, file, "$.records") { i in try self.readRecord(reader, file, "$.records[\(i)]") }
            } else if let child = OCDSKeep.release.child(key) {
                members.append(JSONNode.Member(key: child.name, node: try reader.readValue(keep: child.keep)))
            } else {
                try reader.skipValue()
            }
        }
        guard !isPackage else { return }
        let node = JSONNode(.object(members), offset: start)
        guard node["ocid"] != nil else {
            throw fail(
                file, start, "$",
                "this is not an OCDS release package, record package or release: it has no 'releases' or 'records' list and no 'ocid'; download release packages from Find a Tender's OCDS API"
            )
        }
        try add(node, file, "$")
    }

    /// A record: its embedded releases, else its compiled release; linked releases are counted.
    func readRecord(_ reader: JSONReader, _ file: File, _ path: String) throws {
        guard try reader.skipWhitespace() == 0x7B else {
            throw fail(file, reader.offset, path, "a record must be an object with 'ocid' and 'releases'")
        }
        var embedded = 0
        var compiled: JSONNode?
        try reader.readMembers { key in
            if key.elementsEqual("releases".utf8) {
                try self.list(reader, file, path + ".releases") { i in
                    let node = try reader.readValue(keep: Self.recordRelease)
                    if node.isObject && node["ocid"] == nil && node["url"] != nil {
                        self.linkedReleases += 1
                    } else {
                        try self.add(node, file, path + ".releases[\(i)]")
                        embedded += 1
                    }
                }
            } else if key.elementsEqual("compiledRelease".utf8) {
                compiled = try reader.readValue(keep: OCDSKeep.release)
            } else {
                try reader.skipValue()
            }
        }
        if embedded == 0, let compiled { try add(compiled, file, path + ".compiledRelease") }
    }

    /// A list (after whitespace), or an error naming `path` when the value is something else.
    func list(_ reader: JSONReader, _ file: File, _ path: String, _ element: (Int) throws -> Void) throws {
        guard let b = try reader.skipWhitespace(), b == 0x5B else {
            throw fail(file, reader.offset, path, "'\(path.split(separator: ".").last ?? "")' must be a list")
        }
        try reader.readElements(element)
    }

    /// Checks a release's `ocid` and `date` and keeps it.
    func add(_ node: JSONNode, _ file: File, _ path: String) throws {
        guard node.isObject else { throw fail(file, node.offset, path, "a release must be an object, but this is \(node.kindDescription)") }
        guard let ocid = node["ocid"]?.string?.trimmingCharacters(in: .whitespaces), !ocid.isEmpty else {
            throw fail(
                file, (node["ocid"] ?? node).offset, path,
                "this release has no 'ocid' (the id of its contracting process); every OCDS release needs one, so the file is not valid OCDS"
            )
        }
        guard let date = node["date"]?.string else {
            throw fail(
                file, (node["date"] ?? node).offset, path + ".date",
                "this release of \(OCDSWords.quoted(ocid)) has no 'date' (a text); releases are merged in date order, so every release needs one"
            )
        }
        guard let instant = OCDSDate.instant(date) else {
            throw fail(
                file, node["date"]?.offset ?? node.offset, path + ".date",
                "the date \(OCDSWords.quoted(date)) is not an ISO 8601 date-time such as 2026-08-10T22:38:39+01:00")
        }
        releases.append(
            OCDSRelease(
                file: file.display, path: file.path, jsonPath: path, order: releases.count, ocid: ocid,
                id: node["id"]?.idText, date: date, instant: instant, node: node))
    }
}

extension OCDSReader {
    /// Reads `files` on every core, each file on its own, then keeps their releases in file order (as
    /// reading them one after another would); throws the error of the first file, in that order, that
    /// has one.
    public static func read(_ files: [File]) throws -> OCDSReader {
        let parts = Parallel.map(files, minimumChunk: 1) { file -> (reader: OCDSReader?, error: Error?) in
            let reader = OCDSReader()
            do { try reader.read(file) } catch { return (reader, error) }
            return (reader, nil)
        }
        let all = OCDSReader()
        for part in parts {
            if let error = part.error { throw error }
            guard let r = part.reader else { continue }
            for var release in r.releases {
                release.order = all.releases.count
                all.releases.append(release)
            }
            all.linkedReleases += r.linkedReleases
            all.notes += r.notes
        }
        return all
    }

    /// The files `paths` name: a file as given; a folder's `.json`, `.jsonl` and `.ndjson` files, searched
    /// recursively (hidden files skipped). Sorted by path, so the order of the arguments does not matter.
    public static func findFiles(_ paths: [String]) throws -> [File] {
        var found: [File] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                throw OCDSInputError(file: path, line: 1, column: 1, jsonPath: nil, message: "no such file or folder; check the path")
            }
            guard isDir.boolValue else {
                found.append(File(display: path, path: path))
                continue
            }
            let names = (fm.enumerator(atPath: path)?.allObjects as? [String] ?? []).filter { name in
                !name.split(separator: "/").contains { $0.hasPrefix(".") }
                    && [".json", ".jsonl", ".ndjson"].contains { name.lowercased().hasSuffix($0) }
            }
            if names.isEmpty {
                throw OCDSInputError(
                    file: path, line: 1, column: 1, jsonPath: nil,
                    message: "the folder holds no .json, .jsonl or .ndjson files; name the OCDS files to import")
            }
            let base = path.hasSuffix("/") ? path : path + "/"
            for name in names {
                var dir: ObjCBool = false
                if fm.fileExists(atPath: base + name, isDirectory: &dir), !dir.boolValue {
                    found.append(File(display: base + name, path: base + name))
                }
            }
        }
        var seen = Set<String>()
        return found.sorted { $0.display < $1.display }.filter { seen.insert(($0.path as NSString).standardizingPath).inserted }
    }
}
