import Foundation

/// Decodes one file's YAML tree into model values, guided by the fields each value expects,
/// collecting every problem with its exact place instead of stopping at the first.
final class FileDecoder {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// References to other files, checked once every file is loaded (even those of values that failed).
    private(set) var references: [PendingReference] = []
    /// Ids this file declares but could not load.
    var broken = BrokenIDs()

    init(file: String) { self.file = file }

    func error(_ mark: Mark, _ message: String) {
        diagnostics.append(Diagnostic(at: SourceLocation(file: file, mark: mark), message))
    }

    func refer(_ target: PendingReference.Target, _ field: String, at mark: Mark) {
        references.append(PendingReference(target: target, field: field, location: SourceLocation(file: file, mark: mark)))
    }

    /// Opens a mapping, reporting keys outside `allowed` (with "did you mean" for near misses).
    func mapping(_ node: YAMLNode, _ what: String, allowed: [String]) -> Fields? {
        guard case .mapping(let entries, let mark) = node else {
            error(node.mark, "\(what) must be a mapping of 'key: value' lines, but found \(node.kindDescription)")
            return nil
        }
        for entry in entries where !allowed.contains(where: { entry.key.hasText($0) }) {
            let hint = Suggest.didYouMean(entry.key.text, in: allowed)
            let list = hint.isEmpty ? "; the keys allowed here are: \(allowed.joined(separator: ", "))" : hint
            error(entry.key.mark, "unknown key \(quoted: entry.key.text) in \(what)\(list)")
        }
        return Fields(decoder: self, entries: entries, mark: mark, what: what)
    }

    // MARK: Scalars

    func scalar(_ node: YAMLNode, _ what: @autoclosure () -> String, expected: String) -> YAMLScalar? {
        guard case .scalar(let s) = node, !s.isNull else {
            error(node.mark, "\(what()) must be \(expected), but found \(node.kindDescription)")
            return nil
        }
        return s
    }

    func text(_ node: YAMLNode, _ what: @autoclosure () -> String) -> String? {
        guard let s = scalar(node, what(), expected: "a text") else { return nil }
        return s.text
    }

    func number(_ node: YAMLNode, _ what: @autoclosure () -> String) -> Double? {
        guard let s = scalar(node, what(), expected: "a number") else { return nil }
        guard !s.isQuoted, let v = Double(s.text), v.isFinite else {
            let quoted = s.isQuoted && Double(s.text) != nil ? " (remove the quotes)" : ""
            error(s.mark, "\(what()) must be a number, but found \(quoted: s.text)\(quoted)")
            return nil
        }
        return v
    }

    static let posix = Locale(identifier: "en_US_POSIX")

    func decimal(_ node: YAMLNode, _ what: @autoclosure () -> String) -> Decimal? {
        guard let s = scalar(node, what(), expected: "an amount") else { return nil }
        let t = s.text.utf8.contains(0x5F) ? s.text.replacingOccurrences(of: "_", with: "") : s.text
        guard !s.isQuoted, Double(t)?.isFinite == true, let v = Decimal(string: t, locale: Self.posix)
        else {
            error(s.mark, "\(what()) must be a number such as 48000000 or 1250000.50, but found \(quoted: s.text)")
            return nil
        }
        return v
    }

    func bool(_ node: YAMLNode, _ what: @autoclosure () -> String) -> Bool? {
        guard let s = scalar(node, what(), expected: "true or false") else { return nil }
        switch s.isQuoted ? "" : s.text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default:
            error(s.mark, "\(what()) must be true or false, but found \(quoted: s.text)")
            return nil
        }
    }

    func day(_ node: YAMLNode, _ what: @autoclosure () -> String) -> Day? {
        guard let s = scalar(node, what(), expected: "a date (YYYY-MM-DD)") else { return nil }
        if let d = Day(parsing: s.text) { return d }
        if s.text.utf8.count == 10, s.text.split(separator: "-").count == 3, s.text.allSatisfy({ $0.isNumber || $0 == "-" }) {
            error(s.mark, "\(what()) \(quoted: s.text) is not a real calendar date; check the day and month")
        } else {
            error(s.mark, "\(what()) must be a date written YYYY-MM-DD (e.g. 2026-03-31), but found \(quoted: s.text)")
        }
        return nil
    }

    func vocabulary<T: Vocabulary>(_ node: YAMLNode, _ what: @autoclosure () -> String, _ type: T.Type = T.self) -> T? {
        // The common case first: a known word. The lists for messages are built only when needed.
        if case .scalar(let s) = node, !s.isNull, let v = T(rawValue: s.text) { return v }
        let allowed = T.allCases.map(\.rawValue)
        guard let s = scalar(node, what(), expected: "one of \(allowed.joined(separator: ", "))") else { return nil }
        if let v = T(rawValue: s.text) { return v }
        error(s.mark, "\(what()) \(quoted: s.text) is not one of \(allowed.joined(separator: ", "))\(Suggest.didYouMean(s.text, in: allowed))")
        return nil
    }

    func identifier(_ node: YAMLNode, _ what: @autoclosure () -> String) -> String? {
        guard let s = scalar(node, what(), expected: "an id") else { return nil }
        if let problem = Identifier.problem(s.text) {
            error(s.mark, "\(what()) \(quoted: s.text) is not a valid id: \(problem)")
            return nil
        }
        return s.text
    }

    /// A `<mission>/<id>` reference, recorded for checking as `field`.
    func outcomeRef(_ node: YAMLNode, _ what: @autoclosure () -> String, field: String) -> OutcomeRef? {
        guard let s = scalar(node, what(), expected: "a reference '<mission>/<node-or-milestone>'") else { return nil }
        let parts = Self.slashParts(s.text)
        guard parts.count == 2, Identifier.problem(parts[0]) == nil, Identifier.problem(parts[1]) == nil else {
            let message = "\(what()) \(quoted: s.text) must be written '<mission-id>/<node-or-milestone-id>', e.g. 'nhs/faster-diagnosis'"
            if parts.count == 1, Identifier.problem(s.text) == nil {
                // A node's id alone: reported once every mission is known, with the mission when only one has it.
                refer(.unqualifiedOutcome(id: s.text, message: message), field, at: s.mark)
            } else {
                error(s.mark, message)
            }
            return nil
        }
        let ref = OutcomeRef(mission: String(parts[0]), id: String(parts[1]))
        refer(.outcome(ref), field, at: s.mark)
        return ref
    }

    func personRef(_ node: YAMLNode, _ what: String, department: String) -> PersonRef? {
        guard let s = scalar(node, what, expected: "a person id") else { return nil }
        let parts = Self.slashParts(s.text)
        guard (1...2).contains(parts.count), parts.allSatisfy({ Identifier.problem($0) == nil }) else {
            error(s.mark, "\(what) \(quoted: s.text) must be a person id of this department (e.g. 'p-0141') or '<department>/<person-id>'")
            return nil
        }
        let ref = parts.count == 2
            ? PersonRef(department: String(parts[0]), person: String(parts[1]), isQualified: true)
            : PersonRef(department: department, person: s.text, isQualified: false)
        let field = what.utf8.contains(0x27) ? String(decoding: what.utf8.filter { $0 != 0x27 }, as: UTF8.self) : what
        refer(.person(ref), field, at: s.mark)
        return ref
    }

    /// `text` split at each '/' (empty parts kept), scanning bytes: for ASCII text the same parts as
    /// `split(separator: "/", omittingEmptySubsequences: false)`, and text with anything else fails the id rule
    /// either way. Splitting by Character was a tenth of the whole decoding time.
    static func slashParts(_ text: String) -> [Substring] {
        var parts: [Substring] = []
        var start = text.startIndex
        let utf8 = text.utf8
        var i = utf8.startIndex
        while i != utf8.endIndex {
            if utf8[i] == 0x2F {
                parts.append(text[start..<i])
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        parts.append(text[start...])
        return parts
    }

    func texts(_ node: YAMLNode, _ what: @autoclosure () -> String) -> [String] {
        list(node, what()) { self.text($0, "each item of \(what())") }
    }

    func list<T>(_ node: YAMLNode, _ what: @autoclosure () -> String, _ element: (YAMLNode) -> T?) -> [T] {
        guard case .sequence(let items, _) = node else {
            error(node.mark, "\(what()) must be a list (lines starting with '- '), but found \(node.kindDescription)")
            return []
        }
        return items.compactMap(element)
    }

    /// Reports ids that appear twice in one list, naming the first place.
    func checkUnique<T>(_ items: [T], _ what: String, id: (T) -> String, locations: (T) -> FieldLocations) {
        var seen: [String: FieldLocations] = [:]
        for item in items {
            let key = id(item)
            let loc = locations(item)
            if let first = seen[key] {
                error(loc["id"].mark, "duplicate \(what) id \(quoted: key) (first defined at line \(first["id"].line)); give each a different id")
            } else {
                seen[key] = loc
            }
        }
    }
}

extension SourceLocation {
    var mark: Mark { Mark(line: line, column: column) }
}

/// The keys of one mapping, read by name; absent and `null` keys read as missing.
struct Fields {
    let decoder: FileDecoder
    let entries: [YAMLEntry]
    let mark: Mark
    let what: String

    var locations: FieldLocations {
        FieldLocations(file: decoder.file, mark: mark, entries: entries.map { .init(key: $0.key.text, mark: $0.value.mark) })
    }

    /// The value of `key`, or nil when absent or null; `required` reports the absence.
    func node(_ key: String, required: Bool = false) -> YAMLNode? {
        for e in entries where e.key.hasText(key) {
            if case .scalar(let s) = e.value, s.isNull {
                if required { decoder.error(e.value.mark, "'\(key)' in \(what) must have a value; it is empty") }
                return nil
            }
            return e.value
        }
        if required { decoder.error(mark, "\(what) is missing the required field '\(key)'; add it") }
        return nil
    }

    func has(_ key: String) -> Bool { entries.contains { $0.key.hasText(key) } }

    /// Where the value of `key` starts, or the mapping's own place when it is absent: `locations[key].mark`
    /// without building the whole table.
    func mark(of key: String) -> Mark {
        for e in entries where e.key.hasText(key) { return e.value.mark }
        return mark
    }

    func text(_ key: String, required: Bool = false) -> String? {
        node(key, required: required).flatMap { decoder.text($0, "'\(key)'") }
    }
    func identifier(_ key: String, required: Bool = false) -> String? {
        node(key, required: required).flatMap { decoder.identifier($0, "'\(key)'") }
    }
    func number(_ key: String, required: Bool = false) -> Double? {
        node(key, required: required).flatMap { decoder.number($0, "'\(key)'") }
    }
    func decimal(_ key: String, required: Bool = false) -> Decimal? {
        node(key, required: required).flatMap { decoder.decimal($0, "'\(key)'") }
    }
    func bool(_ key: String, required: Bool = false) -> Bool? {
        node(key, required: required).flatMap { decoder.bool($0, "'\(key)'") }
    }
    func day(_ key: String, required: Bool = false) -> Day? {
        node(key, required: required).flatMap { decoder.day($0, "'\(key)'") }
    }
    func vocabulary<T: Vocabulary>(_ key: String, required: Bool = false, _ type: T.Type = T.self) -> T? {
        node(key, required: required).flatMap { decoder.vocabulary($0, "'\(key)'", T.self) }
    }
    func texts(_ key: String) -> [String] {
        node(key).map { decoder.texts($0, "'\(key)'") } ?? []
    }
    func list<T>(_ key: String, required: Bool = false, _ element: (YAMLNode) -> T?) -> [T] {
        node(key, required: required).map { decoder.list($0, "'\(key)'", element) } ?? []
    }
}
