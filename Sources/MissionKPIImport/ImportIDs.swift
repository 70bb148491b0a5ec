import Foundation
import MissionKPI

/// Workspace ids for what notices name: departments from buyers' names, contracts from the ocid and
/// the OCDS contract id, KPIs from metric ids. Each is a valid id (`Identifier`), and unique among `taken`.
enum ImportIDs {
    /// `Department for Education` → `department-for-education`: letters (accents dropped) and digits, lower
    /// case, everything else one hyphen, at most 64 characters (cut at a hyphen where possible).
    static func department(_ name: String, taken: Set<String>) -> String {
        let folded = name.folding(
            options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var slug = ""
        for u in folded.unicodeScalars {
            if u.isASCII, u.properties.isAlphabetic || ("0"..."9").contains(Character(u)) {
                slug.unicodeScalars.append(u)
            } else if !slug.isEmpty && !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.count > Identifier.maxLength {
            slug = String(slug.prefix(Identifier.maxLength))
            if let cut = slug.lastIndex(of: "-"), slug.distance(from: slug.startIndex, to: cut) >= 20 { slug = String(slug[..<cut]) }
        }
        return unique(slug.isEmpty ? "buyer" : slug, taken: taken)
    }

    /// `ocds-h6vhtk-04f7de` and `1` → `ocds-h6vhtk-04f7de-1`.
    static func contract(ocid: String, contract: String, taken: Set<String>) -> String {
        unique(sanitized(ocid + "-" + contract, fallback: "contract"), taken: taken)
    }

    /// A metric id as a KPI id (`1` stays `1`).
    static func kpi(_ metric: String, taken: Set<String>) -> String {
        unique(sanitized(metric, fallback: "kpi"), taken: taken)
    }

    /// `text` with every character an id may not hold as '-', no '..', starting with a letter or digit;
    /// longer than 64 characters: cut, with 8 hex digits of its SHA-256 so that different texts stay apart.
    static func sanitized(_ text: String, fallback: String) -> String {
        var out = ""
        for u in text.unicodeScalars {
            let ok = u.isASCII && (u.properties.isAlphabetic || ("0"..."9").contains(Character(u)) || u == "." || u == "_" || u == "-")
            let c: Character = ok ? Character(u) : "-"
            if c == "." && out.hasSuffix(".") { continue }
            if c == "-" && out.hasSuffix("-") { continue }
            out.append(c)
        }
        while let f = out.unicodeScalars.first, !(f.properties.isAlphabetic || ("0"..."9").contains(Character(f))) { out.removeFirst() }
        while out.hasSuffix("-") || out.hasSuffix(".") { out.removeLast() }
        if out.isEmpty { out = fallback }
        if out.count > Identifier.maxLength {
            out = String(out.prefix(Identifier.maxLength - 9)) + "-" + SHA256.hex(Array(text.utf8)).prefix(8)
        }
        return out
    }

    /// `id`, or `id-2`, `id-3`, … when taken (shortened to stay within 64 characters).
    static func unique(_ id: String, taken: Set<String>) -> String {
        if !taken.contains(id) { return id }
        var n = 2
        while true {
            let suffix = "-\(n)"
            let candidate = String(id.prefix(Identifier.maxLength - suffix.count)) + suffix
            if !taken.contains(candidate) { return candidate }
            n += 1
        }
    }
}
