/// A phrase the reader looks for, split into its words once (where it is written, not on every look-up):
/// `word` matches a word, `word*` a word starting with it, `#` any number.
///
/// ```swift
/// let p: Phrase = "job start*"
/// p.parts.map(\.text)   // ["job", "start"]
/// ```
struct Phrase: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// One word of a phrase.
    struct Part: Sendable, Hashable {
        /// How a part matches a word.
        enum Kind: Sendable, Hashable { case word, prefix, number }
        var text: String
        var kind: Kind
    }

    /// The phrase as written.
    let text: String
    /// Its words.
    let parts: [Part]

    init(_ text: String) {
        self.text = text
        parts = text.split(separator: " ").map { w in
            if w == "#" { return Part(text: "#", kind: .number) }
            if w.hasSuffix("*") { return Part(text: String(w.dropLast()), kind: .prefix) }
            return Part(text: String(w), kind: .word)
        }
    }

    init(stringLiteral value: String) { self.init(value) }

    var description: String { text }
}
