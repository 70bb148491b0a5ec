/// The id rule: `[A-Za-z0-9][A-Za-z0-9._-]*`, at most 64 characters, no `..`.
/// Ids become file names and URL fragments, so nothing else is accepted.
public enum Identifier {
    public static let maxLength = 64

    /// Why `text` is not a valid id, or nil when it is.
    public static func problem(_ text: some StringProtocol) -> String? {
        let u = text.utf8
        if u.isEmpty { return "an id cannot be empty" }
        if u.count > maxLength { return "ids are at most \(maxLength) characters; shorten it" }
        var first = true
        var previousDot = false
        for c in u {
            let alnum = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
            if first && !alnum { return "an id must start with a letter or digit" }
            if !alnum && c != 0x2E && c != 0x5F && c != 0x2D {
                return "ids may hold only letters, digits, '.', '_' and '-' (no '/', spaces or other characters), because they become file names and URLs"
            }
            if c == 0x2E && previousDot { return "an id may not contain '..'" }
            previousDot = c == 0x2E
            first = false
        }
        return nil
    }

    public static func isValid(_ text: some StringProtocol) -> Bool { problem(text) == nil }
}
