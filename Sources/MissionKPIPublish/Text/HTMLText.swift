/// Escaping for HTML and XML (the site's pages and their SVG charts): the one place text from a
/// workspace becomes markup-safe. Every value a page or chart shows goes through `escape`.
///
/// ```swift
/// HTMLText.escape("<b>A & B's</b>")        // &lt;b&gt;A &amp; B&#39;s&lt;/b&gt;
/// HTMLText.escape(xml: "line\none\u{7}")   // line one  (XML 1.0 has no place for control characters)
/// ```
public enum HTMLText {
    /// `text` with `<`, `>`, `&`, `"` and `'` as entities (each a whole character), safe in element
    /// content and in quoted attribute values. Text without any of them is returned as it is.
    public static func escape(_ text: String) -> String {
        var needs = false
        for b in text.utf8 where b == 0x3C || b == 0x3E || b == 0x26 || b == 0x22 || b == 0x27 {
            needs = true
            break
        }
        guard needs else { return text }
        // By bytes, not Characters: `"` followed by a combining mark is one Character, which a Character
        // walk would not match, leaving a quote that ends an attribute value (and `<`, `&` likewise).
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for b in text.utf8 {
            switch b {
            case 0x3C: out += [0x26, 0x6C, 0x74, 0x3B]  // &lt;
            case 0x3E: out += [0x26, 0x67, 0x74, 0x3B]  // &gt;
            case 0x26: out += [0x26, 0x61, 0x6D, 0x70, 0x3B]  // &amp;
            case 0x22: out += [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B]  // &quot;
            case 0x27: out += [0x26, 0x23, 0x33, 0x39, 0x3B]  // &#39;
            default: out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `escape` for XML (SVG): first every character XML 1.0 cannot hold, and tabs and line breaks,
    /// become spaces (C0 and C1 controls, U+FDD0–U+FDEF, U+xFFFE and U+xFFFF).
    public static func escape(xml text: String) -> String { escape(xmlCharacters(text)) }

    /// `text` with the characters XML 1.0 cannot hold (and tabs and line breaks) replaced by spaces.
    static func xmlCharacters(_ text: String) -> String {
        var clean = true
        for u in text.unicodeScalars where isReplacedInXML(u) {
            clean = false
            break
        }
        if clean { return text }
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars { out.append(isReplacedInXML(u) ? " " : u) }
        return String(out)
    }

    @inline(__always) static func isReplacedInXML(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0xFDD0...0xFDEF).contains(v) || v & 0xFFFE == 0xFFFE
    }
}
