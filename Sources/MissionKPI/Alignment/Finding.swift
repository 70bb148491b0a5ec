/// What a finding is about: a contract, one of its KPIs, a mission item, a department or a person.
public struct Subject: Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, Codable { case workspace, mission, department, contract, kpi }

    public var kind: Kind
    /// The owning id: the mission, department or contract id.
    public var owner: String
    /// The item within the owner: a KPI id, a node or milestone id, a person id; empty for the owner itself.
    public var item: String

    public init(kind: Kind, owner: String, item: String = "") {
        self.kind = kind
        self.owner = owner
        self.item = item
    }

    public static func contract(_ id: String) -> Subject { Subject(kind: .contract, owner: id) }
    public static func kpi(_ contract: String, _ kpi: String) -> Subject { Subject(kind: .kpi, owner: contract, item: kpi) }
    public static func mission(_ id: String, item: String = "") -> Subject { Subject(kind: .mission, owner: id, item: item) }
    public static func department(_ id: String, item: String = "") -> Subject { Subject(kind: .department, owner: id, item: item) }

    /// `contract/kpi`, `mission/node`, or the owner id alone.
    public var description: String { item.isEmpty ? owner : "\(owner)/\(item)" }

    /// The contract this subject belongs to, if any.
    public var contractID: String? { kind == .contract || kind == .kpi ? owner : nil }

    public static func < (a: Subject, b: Subject) -> Bool { (a.kind.rawValue, a.owner, a.item) < (b.kind.rawValue, b.owner, b.item) }
}

/// A problem the alignment engine found in the data: a rule, where, what, why and how to fix it.
public struct Finding: Sendable, Hashable, Comparable {
    public var ruleID: String
    public var severity: Severity
    public var location: SourceLocation
    public var subject: Subject
    public var message: String
    /// What to do about it.
    public var fix: String
    /// Distinguishes several findings of one rule on one subject (e.g. the node id); stable across edits.
    public var key: String
    /// The waiver that suppresses it, when suppressed.
    public var waivedBy: WaiverReference?

    public init(ruleID: String, severity: Severity, location: SourceLocation, subject: Subject, message: String, fix: String, key: String = "") {
        self.ruleID = ruleID
        self.severity = severity
        self.location = location
        self.subject = subject
        self.message = message
        self.fix = fix
        self.key = key
    }

    /// Stable across lines moving: the rule, the subject and the key, hashed.
    public var fingerprint: String {
        String(SHA256.hex(Array("\(ruleID)\u{0}\(subject.kind.rawValue)\u{0}\(subject)\u{0}\(key)".utf8)).prefix(16))
    }

    /// `path:line:col: severity: [rule-id] message`.
    public var text: String { "\(location): \(severity.rawValue): [\(ruleID)] \(message)" }

    /// By location, then rule, key and message. Field by field rather than through tuples, which copy
    /// (and reference-count) every string of both findings on each of a national sort's million comparisons.
    public static func < (a: Finding, b: Finding) -> Bool {
        if a.location.file != b.location.file { return a.location.file < b.location.file }
        if a.location.line != b.location.line { return a.location.line < b.location.line }
        if a.location.column != b.location.column { return a.location.column < b.location.column }
        if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
        if a.key != b.key { return a.key < b.key }
        return a.message < b.message
    }
}

/// Which waiver suppressed a finding.
public struct WaiverReference: Sendable, Hashable {
    public var location: SourceLocation
    public var reason: String
    public var approvedBy: String
    public var expires: Day
}
