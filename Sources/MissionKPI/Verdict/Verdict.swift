/// How a board should read one aspect of a contract or mission, or the whole of it.
///
/// The overall verdict is the worst of the aspects (`Verdict.overall`): it cannot say "No concerns"
/// while any aspect has concerns or is not known. `notYetDue` (nothing is due yet) and `notApplicable`
/// leave the overall verdict alone.
public enum VerdictLevel: String, Sendable, Hashable, CaseIterable {
    case noConcerns = "no_concerns"
    case someConcerns = "some_concerns"
    case seriousConcerns = "serious_concerns"
    /// Evidence is due but missing, so nobody can say.
    case notKnown = "not_known"
    /// Nothing is due yet (a new contract whose first returns are not due).
    case notYetDue = "not_yet_due"
    /// The question does not arise (a contract serving no mission milestone).
    case notApplicable = "not_applicable"

    /// Words for people: "No concerns", "Some concerns", "Serious concerns", "Not known", "Not yet due",
    /// "Not applicable".
    public var label: String {
        switch self {
        case .noConcerns: "No concerns"
        case .someConcerns: "Some concerns"
        case .seriousConcerns: "Serious concerns"
        case .notKnown: "Not known"
        case .notYetDue: "Not yet due"
        case .notApplicable: "Not applicable"
        }
    }

    /// How much the level weighs in the overall verdict: 0 none, 1 some concerns (not known counts as
    /// some concerns: what nobody can see cannot look good), 2 serious; nil for `notYetDue` and
    /// `notApplicable`, which leave the overall verdict alone.
    public var weight: Int? {
        switch self {
        case .noConcerns: 0
        case .someConcerns, .notKnown: 1
        case .seriousConcerns: 2
        case .notYetDue, .notApplicable: nil
        }
    }
}

/// One aspect's answer: a level, the figure that shows it, and why (plain sentences).
public struct AspectVerdict: Sendable, Hashable {
    /// Which question this answers.
    public var aspect: VerdictAspect
    /// The answer.
    public var level: VerdictLevel
    /// The evidence in one line, with its numbers ("3 of 5 KPIs rated requires improvement or inadequate").
    public var figure: String
    /// Why the level is what it is: each condition that set it, in plain words; empty for no concerns.
    public var reasons: [String]
    /// The figure in a few words, for a table cell ("21 of 32 KPIs poorly rated").
    public var short: String

    /// Creates an aspect verdict; `short` defaults to the figure.
    public init(aspect: VerdictAspect, level: VerdictLevel, figure: String, reasons: [String] = [], short: String? = nil) {
        self.aspect = aspect
        self.level = level
        self.figure = figure
        self.reasons = reasons
        self.short = short ?? figure
    }
}

/// The verdict on one contract or mission: each aspect, and overall the worst of them.
public struct Verdict: Sendable, Hashable {
    /// The contract or mission id.
    public var subject: String
    /// Every aspect, in `VerdictAspect.allCases` order.
    public var aspects: [AspectVerdict]

    /// Creates a verdict from its aspects.
    public init(subject: String, aspects: [AspectVerdict]) {
        self.subject = subject
        self.aspects = aspects
    }

    /// The worst aspect: serious concerns if any aspect has them; some concerns if any has some or is
    /// not known; no concerns only when every aspect that arises has none; not yet due when none arises.
    public var overall: VerdictLevel {
        let weights = aspects.compactMap(\.level.weight)
        guard let worst = weights.max() else { return .notYetDue }
        switch worst {
        case 2: return .seriousConcerns
        case 1: return .someConcerns
        default: return .noConcerns
        }
    }

    /// One aspect's answer.
    public func aspect(_ a: VerdictAspect) -> AspectVerdict? { aspects.first { $0.aspect == a } }

    /// The aspects that set the overall verdict (those at its weight), in order; empty for no concerns.
    public var decidedBy: [AspectVerdict] {
        let weight = overall.weight ?? 0
        guard weight > 0 else { return [] }
        return aspects.filter { $0.level.weight == weight }
    }

    /// The verdict in one sentence: "Serious concerns: performance, outcomes." or "No concerns.".
    public var sentence: String {
        let names = decidedBy.map { $0.aspect.title.lowercased() }
        return overall.label + (names.isEmpty ? "." : " about " + Self.list(names) + ".")
    }

    /// `a`, `a and b`, `a, b and c`.
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
