/// Links to Find a Tender, the UK's central procurement notice service.
///
/// ```swift
/// FindATender.procurementURL(ocid: "ocds-h6vhtk-04a1b2")   // https://www.find-tender.service.gov.uk/procurement/ocds-h6vhtk-04a1b2
/// FindATender.procurementURL(ocid: "ocds-b5fd17-1234")     // nil: not a Find a Tender ocid
/// ```
public enum FindATender {
    /// The ocid prefix Find a Tender registered with OCDS (every release in `shared/reference/fts/` carries it).
    public static let ocidPrefix = "ocds-h6vhtk-"

    /// The public page of a procurement, which lists every notice published for it, or nil when the ocid is
    /// not one Find a Tender issued or holds anything but letters, digits and hyphens.
    ///
    /// The form `https://www.find-tender.service.gov.uk/procurement/<ocid>` is the one Find a Tender serves a
    /// procurement's page at; public pages link it so, for example
    /// https://www.find-tender.service.gov.uk/procurement/ocds-h6vhtk-06e59c (City of Bradford MDC, penetration
    /// testing, 2026) and https://www.find-tender.service.gov.uk/procurement/ocds-h6vhtk-051f8d (Bank of England),
    /// found by searching public sources on 2026-12-07. A single notice is at `/Notice/<notice id>`, as the
    /// `documents[].url` of real releases show (`shared/reference/fts/`).
    public static func procurementURL(ocid: String) -> String? {
        guard ocid.hasPrefix(ocidPrefix), ocid.utf8.count > ocidPrefix.utf8.count, ocid.utf8.count <= 64,
            ocid.utf8.allSatisfy({ isLetterOrDigit($0) || $0 == UInt8(ascii: "-") })
        else { return nil }
        return "https://www.find-tender.service.gov.uk/procurement/" + ocid
    }

    /// The page of one notice (`012093-2021`), or nil for an id that is not a Find a Tender notice number.
    public static func noticeURL(noticeID: String) -> String? {
        let u = Array(noticeID.utf8)
        guard u.count == 11, u[6] == UInt8(ascii: "-"), u.enumerated().allSatisfy({ $0.offset == 6 || isDigit($0.element) }) else {
            return nil
        }
        return "https://www.find-tender.service.gov.uk/Notice/" + noticeID
    }

    /// The Find a Tender notice number a release id carries (`076141-2026` in `ocds-h6vhtk-04f7de-076141-2026`
    /// or on its own), or nil.
    public static func noticeID(release: String) -> String? {
        let tail = String(release.suffix(11))
        guard noticeURL(noticeID: tail) != nil, release.utf8.count == 11 || release.dropLast(11).hasSuffix("-") else { return nil }
        return tail
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    static func isLetterOrDigit(_ b: UInt8) -> Bool { isDigit(b) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) }
}
