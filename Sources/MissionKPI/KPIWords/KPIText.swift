/// A KPI's words as tokens: lower-cased words, numbers with their values, and symbols, each keeping the
/// span of the original text it came from (so evidence quotes the buyer's own words).
///
/// ```swift
/// let text = KPIText(title: "EOI Acknowledgement", description: "% of referrals acknowledged within 2 days")
/// text.tokens.map(\.text)   // ["eoi", "acknowledgement", "|", "%", "of", "referrals", …]
/// ```
struct KPIText {
    /// What a token is.
    enum Kind: Sendable, Equatable { case word, number, symbol }

    /// One token: its normalised text, its value (numbers), where it came from and whether a space preceded it.
    struct Token: Sendable {
        var text: String
        var kind: Kind
        var value: Double?
        var start: Int
        var end: Int
        var spaced: Bool
        /// Whether the token is in the description (after the title).
        var inDescription: Bool
    }

    /// The original text, title then a boundary then description, as characters.
    let characters: [Character]
    let tokens: [Token]
    /// Token index → index among word and number tokens (hyphens skipped), for phrase matching.
    let words: [Int]
    /// Word text → its positions in `words`, so a phrase is looked up, not scanned for.
    private let index: [String: [Int]]
    /// Distinct word texts sorted by their bytes, each with its positions in `words` (prefix look-ups).
    private let sortedWords: [(key: String, positions: [Int])]
    /// Positions in `words` of the tokens whose text reads as a number (what `#` matches).
    private let numberWords: [Int]
    /// Token index → whether its text reads as a number.
    private let numeric: [Bool]

    /// The boundary token between title and description: phrases never match across it.
    static let boundary = "|"

    init(title: String, description: String?) {
        var chars = Array(title)
        let titleCount = chars.count
        if let d = description, !d.allSatisfy(\.isWhitespace) {
            chars.append("\n")
            chars += Array(d)
        }
        characters = chars
        let all = KPIText.tokenize(chars, titleCount: titleCount)
        tokens = all
        let words = all.indices.filter { all[$0].kind != .symbol || all[$0].text == KPIText.boundary }
        self.words = words
        var index: [String: [Int]] = [:]
        for (n, i) in words.enumerated() { index[all[i].text, default: []].append(n) }
        self.index = index
        sortedWords = index.map { (key: $0.key, positions: $0.value) }
            .sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        let numeric = all.map { Double($0.text) != nil }
        self.numeric = numeric
        numberWords = words.indices.filter { numeric[words[$0]] }
    }

    /// The original words from token `a` through token `b`, spaces collapsed, at most ~80 characters.
    func quote(_ a: Int, _ b: Int) -> String {
        guard a <= b, a >= 0, b < tokens.count else { return "" }
        let raw = String(characters[tokens[a].start..<tokens[b].end])
        let collapsed = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return collapsed.count > 80 ? String(collapsed.prefix(77)) + "…" : collapsed
    }

    /// Whether the token at `i` is a word equal to `w` (or starting with `w` without its trailing `*`).
    func isWord(_ i: Int, _ w: String) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].kind != .symbol else { return false }
        return KPIText.matches(tokens[i].text, w)
    }

    /// Whether the token at `i` is the symbol `s`.
    func isSymbol(_ i: Int, _ s: String) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .symbol && tokens[i].text == s
    }

    static func matches(_ text: String, _ pattern: String) -> Bool {
        if pattern.hasSuffix("*") { return text.hasPrefix(pattern.dropLast()) }
        if pattern == "#" { return Double(text) != nil }
        return text == pattern
    }

    /// Every match of a phrase (words separated by spaces; `word*` matches a prefix, `#` any number),
    /// as token index ranges; hyphens between words are skipped, `&` reads as `and`.
    func find(_ phrase: Phrase) -> [ClosedRange<Int>] {
        let parts = phrase.parts
        guard let head = parts.first, words.count >= parts.count else { return [] }
        var out: [ClosedRange<Int>] = []
        func tryAt(_ s: Int) {
            guard s + parts.count <= words.count else { return }
            for k in 1..<parts.count where !matches(s + k, parts[k]) { return }
            out.append(words[s]...words[s + parts.count - 1])
        }
        switch head.kind {
        case .word:
            for s in index[head.text] ?? [] { tryAt(s) }
        case .number:
            for s in numberWords { tryAt(s) }
        case .prefix:
            // Distinct words sorted by their bytes: those starting with the prefix are one run.
            var lo = 0, hi = sortedWords.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if sortedWords[mid].key.utf8.lexicographicallyPrecedes(head.text.utf8) { lo = mid + 1 } else { hi = mid }
            }
            var starts: [Int] = []
            while lo < sortedWords.count, sortedWords[lo].key.utf8.starts(with: head.text.utf8) {
                starts += sortedWords[lo].positions
                lo += 1
            }
            if parts.count == 1 {
                for s in starts.sorted() { out.append(words[s]...words[s]) }
            } else {
                for s in starts.sorted() { tryAt(s) }
            }
        }
        return out
    }

    /// Whether the word at position `w` (in `words`) matches one part of a phrase.
    private func matches(_ w: Int, _ part: Phrase.Part) -> Bool {
        let t = tokens[words[w]].text
        switch part.kind {
        case .word: return t == part.text
        case .prefix: return t.utf8.starts(with: part.text.utf8)
        case .number: return numeric[words[w]]
        }
    }

    /// Whether any of the phrases occurs.
    func contains(any phrases: [Phrase]) -> Bool { phrases.contains { !find($0).isEmpty } }
}
