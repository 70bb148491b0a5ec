import MissionKPI

/// Replaces the names of people below the publication grade floor by their role and grade, wherever
/// they appear in text taken from the workspace (a note or a waiver reason may quote a name).
///
/// ```swift
/// let r = Redactor(workspace)
/// r.text("Agreed with Tom Adeyemi")   // "Agreed with Commercial Lead, Diagnostics and Digital (G7)"
/// ```
public struct Redactor: Sendable {
    /// Names to replace and their replacements, longest name first (so a longer name wins).
    public let replacements: [(name: String, display: String)]
    /// The replacements by the first word of the name: a text is searched only for the names whose
    /// first word it contains, so redacting stays linear in the text however many people there are.
    private let byFirstWord: [String: [(name: [UInt8], display: [UInt8])]]
    /// Whether every name starts with a capital letter (then words starting otherwise are skipped).
    private let capitalised: Bool
    /// The first words' shapes (first scalar, length in scalars): only words of these shapes are looked up.
    private let shapes: Set<UInt64>

    /// Collects every person below `workspace.settings.publication.nameGradeFloor`, or every person at all
    /// when `everyone` (the OCDS export names nobody).
    public init(_ workspace: Workspace, everyone: Bool = false) {
        let floor = workspace.settings.publication.nameGradeFloor
        var pairs: [String: String] = [:]
        for d in workspace.departments {
            for p in d.people where everyone || !PersonDisplay.isNamed(p, floor: floor) {
                let name = p.name.trimmingSpaces
                if name.count >= 3 { pairs[name] = "\(p.role) (\(p.grade.rawValue))" }
            }
        }
        replacements = pairs.sorted { ($0.key.count, $0.key) > ($1.key.count, $1.key) }.map { (name: $0.key, display: $0.value) }
        var index: [String: [(name: [UInt8], display: [UInt8])]] = [:]
        for r in replacements {  // longest first, so the first name that matches at a place is the longest
            if let first = Self.words(r.name).first { index[first, default: []].append((Array(r.name.utf8), Array(r.display.utf8))) }
        }
        byFirstWord = index
        shapes = Set(index.keys.map { Self.shape($0.unicodeScalars.first?.value ?? 0, $0.unicodeScalars.count) })
        capitalised = index.keys.allSatisfy { $0.unicodeScalars.first?.properties.isUppercase == true }
    }

    /// `text` with every redacted name replaced. Only the names whose first word the text holds are
    /// tried, and only where that word occurs (anywhere, even inside a longer word): one scan per
    /// distinct first word, however many people share it. At each place the longest name wins.
    public func text(_ text: String) -> String {
        guard !byFirstWord.isEmpty, !text.isEmpty else { return text }
        var firstWords: [String] = []
        let shapes = self.shapes
        let candidates = Self.words(text, capitalisedOnly: capitalised) { shapes.contains(Self.shape($0, $1)) }
        for word in candidates where byFirstWord[word] != nil && !firstWords.contains(word) {
            firstWords.append(word)
        }
        guard !firstWords.isEmpty else { return text }
        let bytes = Array(text.utf8)
        var matches: [(start: Int, end: Int, display: [UInt8])] = []
        for word in firstWords {
            let names = byFirstWord[word]!
            let w = Array(word.utf8)
            var i = 0
            while i + w.count <= bytes.count {
                if bytes[i] == w[0], bytes[i..<(i + w.count)].elementsEqual(w),
                    let r = names.first(where: { i + $0.name.count <= bytes.count && bytes[i..<(i + $0.name.count)].elementsEqual($0.name) })
                {
                    matches.append((i, i + r.name.count, r.display))
                }
                i += 1
            }
        }
        guard !matches.isEmpty else { return text }
        matches.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 32)
        var position = 0
        for m in matches where m.start >= position {
            out.append(contentsOf: bytes[position..<m.start])
            out.append(contentsOf: m.display)
            position = m.end
        }
        out.append(contentsOf: bytes[position...])
        return String(decoding: out, as: UTF8.self)
    }

    /// A word's shape: its first scalar and its length in scalars.
    static func shape(_ first: UInt32, _ length: Int) -> UInt64 { UInt64(first) << 32 | UInt64(min(length, Int(UInt32.max))) }

    /// A whole document redacted line by line (so a long text is searched only for the names its lines hold).
    public func lines(_ text: String) -> String {
        guard !byFirstWord.isEmpty else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 64)
        lines(text) { out += $0 }
        return out
    }

    /// The same text as `lines(text)`, handed to `emit` about a megabyte at a time (a national pipeline's
    /// JSON is 45 MB: it goes to its file without a second and third copy in memory).
    public func lines(_ text: String, _ emit: (String) -> Void) {
        guard !byFirstWord.isEmpty else { return emit(text) }
        var piece = ""
        var first = true
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {  // bytes, not Characters
            if !first { piece += "\n" }
            first = false
            piece += self.text(String(Substring(line)))
            if piece.utf8.count >= 1 << 20 {
                emit(piece)
                piece = ""
            }
        }
        emit(piece)
    }

    /// `text` redacted, or nil.
    public func text(_ text: String?) -> String? { text.map { self.text($0) } }

    /// The runs of letters and digits in `text` (only those starting with a capital when `capitalisedOnly`);
    /// with `keep`, only the runs it accepts by first scalar and length in scalars are made into strings
    /// (redacting a page looks up only words shaped like a name's first word).
    static func words(_ text: String, capitalisedOnly: Bool = false, keep: ((UInt32, Int) -> Bool)? = nil) -> [String] {
        var out: [String] = []
        let scalars = text.unicodeScalars
        var start: String.UnicodeScalarView.Index?
        var first: UInt32 = 0
        var count = 0
        var skipping = false
        var i = scalars.startIndex
        while i != scalars.endIndex {
            let u = scalars[i]
            let isWordScalar =
                u.isASCII
                ? (u.value >= 0x30 && u.value <= 0x39) || (u.value >= 0x41 && u.value <= 0x5A) || (u.value >= 0x61 && u.value <= 0x7A)
                : u.properties.isAlphabetic || u.properties.numericType != nil
            if isWordScalar {
                if start == nil && !skipping {
                    skipping = capitalisedOnly && !(u.isASCII ? (u.value >= 0x41 && u.value <= 0x5A) : u.properties.isUppercase)
                    if !skipping { (start, first, count) = (i, u.value, 0) }
                }
                if start != nil { count += 1 }
            } else {
                if let s = start, keep?(first, count) ?? true { out.append(String(scalars[s..<i])) }
                start = nil
                skipping = false
            }
            i = scalars.index(after: i)
        }
        if let s = start, keep?(first, count) ?? true { out.append(String(scalars[s..<scalars.endIndex])) }
        return out
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }

    /// Line breaks and runs of spaces folded to single spaces, ends trimmed.
    var singleLine: String {
        if isSingleLineASCII { return self }
        var out = ""
        var space = false
        for c in self {
            if c.isWhitespace {
                space = true
            } else {
                if space && !out.isEmpty { out.append(" ") }
                space = false
                out.append(c)
            }
        }
        return out
    }

    /// Printable ASCII with no space at either end or twice in a row: already on a single line.
    var isSingleLineASCII: Bool {
        var previousSpace = true
        for b in utf8 {
            guard b >= 0x20, b < 0x7F else { return false }
            if b == 0x20 && previousSpace { return false }
            previousSpace = b == 0x20
        }
        return !previousSpace
    }
}
