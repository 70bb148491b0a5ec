import Foundation

/// Helpers the ownership rules share: which contracts they judge, who manages them, and the
/// tier-keyed options (`required`, `floor`) read with a finding for any value that is not understood.
extension RuleContext {
    /// The contracts the ownership rules judge: those not yet ended on the as-of date (an ended
    /// contract is no longer managed, so its owners no longer matter).
    var ownedContracts: [Contract] { workspace.contracts.filter { $0.end >= asOf } }

    /// A person as output shows them (name at or above the publication grade floor, else role and grade).
    func display(_ person: Person) -> String {
        PersonDisplay.name(person, floor: workspace.settings.publication.nameGradeFloor)
    }

    /// The contract's manager, resolved, when it names one.
    func manager(of c: Contract) -> Person? { c.manager.flatMap { workspace.person($0) } }

    /// Where this rule's option is written in `missionkpi.yaml` (the file's start when it is not).
    func optionLocation(_ name: String) -> SourceLocation {
        if let setting = workspace.settings.rules[ruleID] { return setting.locations[name] }
        return workspace.settings.locations?.location ?? SourceLocation(file: "missionkpi.yaml", line: 1, column: 1)
    }

    /// A tier-keyed map option decoded to a vocabulary (accreditation levels, grades); entries that
    /// name an unknown tier or value become findings at the option, and are left out.
    func tierMap<T: Vocabulary>(_ name: String, of what: String) -> (values: [String: T], problems: [Finding]) {
        var values: [String: T] = [:]
        var problems: [Finding] = []
        let tiers = workspace.settings.publication.tiers
        for (tier, raw) in map(name).sorted(by: { $0.key < $1.key }) {
            guard let v = T(rawValue: raw) else {
                problems.append(optionProblem(
                    "option '\(name)' gives tier '\(tier)' the \(what) '\(raw)', which is not one of \(T.allCases.map(\.rawValue).joined(separator: ", ")); the entry was ignored",
                    name, key: "\(name).\(tier)"))
                continue
            }
            if !tiers.contains(tier) { problems += unknownTier(tier, option: name) }
            values[tier] = v
        }
        return (values, problems)
    }

    /// A list option of tiers, with findings for tiers `publication.tiers` does not list.
    func tierList(_ name: String) -> (values: Set<String>, problems: [Finding]) {
        let given = list(name)
        let tiers = workspace.settings.publication.tiers
        return (Set(given), given.filter { !tiers.contains($0) }.sorted().flatMap { unknownTier($0, option: name) })
    }

    private func unknownTier(_ tier: String, option: String) -> [Finding] {
        let tiers = workspace.settings.publication.tiers
        return [optionProblem(
            "option '\(option)' names the tier '\(tier)', which publication.tiers does not list\(Suggest.didYouMean(tier, in: tiers)); no contract can match it",
            option, key: "\(option).\(tier)")]
    }

    private func optionProblem(_ message: String, _ option: String, key: String) -> Finding {
        finding(message, at: optionLocation(option), subject: Subject(kind: .workspace, owner: "missionkpi.yaml"),
            fix: "use the tier names of publication.tiers (\(workspace.settings.publication.tiers.joined(separator: ", "))) and the values listed",
            key: key)
    }
}

extension RuleContext {
    /// A number option in pounds as an exact amount.
    func pounds(_ name: String) -> Decimal { Decimal(string: fmt(number(name))) ?? Decimal(number(name)) }
}

/// The example contract `c1`'s head (its KPIs left out: the ownership rules do not read them) with
/// lines replaced (`"manager: p-spec"` → `"manager: p-junior"`), or removed when the replacement is
/// empty, for the ownership rules' examples.
func ownershipExample(_ edits: [(String, String)]) -> String {
    var head = ExampleWorkspace.contractHead
    for (old, new) in edits {
        head = head.replacingOccurrences(of: new.isEmpty ? old + "\n" : old, with: new)
    }
    return head + "\n"
}
