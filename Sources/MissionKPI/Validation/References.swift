/// A reference from one file to a value of another (a mission node, a person, a department, a tier, a rule),
/// recorded where it is written and checked once every file is loaded.
struct PendingReference: Sendable {
    enum Target: Sendable {
        case outcome(OutcomeRef)
        /// A node or milestone named without its mission (`faster-diagnosis`): always an error, whose
        /// `message` gains the qualified id when exactly one mission has that node or milestone.
        case unqualifiedOutcome(id: String, message: String)
        case person(PersonRef)
        /// A contract's own department, which needs a `department.yaml`.
        case department(String)
        case tier(String)
        /// The rule a waiver names.
        case rule(String)
    }

    var target: Target
    /// The field as people read it in messages (`measures`, `approved_by`, …).
    var field: String
    var location: SourceLocation
}

/// Ids that a file declares but that could not be loaded: references to them are not reported again,
/// so one broken file gives one diagnostic, not one per reference.
struct BrokenIDs: Sendable {
    var missions: Set<String> = []
    var departments: Set<String> = []
    /// `department/person`.
    var people: Set<String> = []

    mutating func formUnion(_ other: BrokenIDs) {
        missions.formUnion(other.missions)
        departments.formUnion(other.departments)
        people.formUnion(other.people)
    }
}

extension PendingReference {
    /// The references of a workspace's contracts, for a workspace built in memory rather than loaded.
    static func all(in ws: Workspace) -> [PendingReference] {
        var refs: [PendingReference] = []
        func add(_ target: Target?, _ field: String, _ loc: SourceLocation) {
            if let target { refs.append(PendingReference(target: target, field: field, location: loc)) }
        }
        for c in ws.contracts {
            add(.department(c.department), "department", c.locations["department"])
            add(c.tier.map(Target.tier), "tier", c.locations["tier"])
            add(c.manager.map(Target.person), "manager", c.locations["manager"])
            add(c.seniorResponsibleOwner.map(Target.person), "senior_responsible_owner", c.locations["senior_responsible_owner"])
            for x in c.contributesTo { add(.outcome(x.node), "contributes_to node", x.locations["node"]) }
            for k in c.kpis { add(k.measures.map(Target.outcome), "measures", k.locations["measures"]) }
            for w in c.waivers + c.kpis.flatMap(\.waivers) {
                add(.rule(w.rule), "rule", w.locations["rule"])
                add(w.approvedBy.map(Target.person), "approved_by", w.locations["approved_by"])
            }
        }
        return refs
    }

    /// The diagnostic for this reference, or nil when it resolves (or names something already reported broken).
    func check(in ws: Workspace, broken: BrokenIDs, ruleIDs: [String]?) -> Diagnostic? {
        switch target {
        case .outcome(let ref):
            if broken.missions.contains(ref.mission) { return nil }
            guard let mission = ws.mission(ref.mission) else {
                let hint = Suggest.didYouMean(ref.mission, in: ws.missions.map(\.id))
                return Diagnostic(at: location, "\(field) \(quoted: "\(ref)") names the mission \(quoted: ref.mission), which does not exist\(hint)")
            }
            let known = mission.node(ref.id) != nil || mission.milestone(ref.id) != nil
                || mission.declaredNodeIDs.contains(ref.id) || mission.declaredMilestoneIDs.contains(ref.id)
            if known { return nil }
            let ids = mission.theoryOfChange.map(\.id) + mission.milestones.map(\.id)
            return Diagnostic(at: location, "\(field) \(quoted: "\(ref)"): the mission \(quoted: ref.mission) has no theory-of-change node or milestone \(quoted: ref.id)\(Suggest.didYouMean(ref.id, in: ids))")
        case .unqualifiedOutcome(let id, let message):
            let owners = ws.missions.filter { m in
                m.node(id) != nil || m.milestone(id) != nil || m.declaredNodeIDs.contains(id) || m.declaredMilestoneIDs.contains(id)
            }
            switch owners.count {
            case 0: return Diagnostic(at: location, message)
            case 1: return Diagnostic(at: location, "\(message); did you mean \(quoted: owners[0].id + "/" + id)?")
            default:
                let list = owners.prefix(5).map { "\(quoted: $0.id + "/" + id)" }.joined(separator: ", ")
                return Diagnostic(at: location, "\(message); several missions have \(quoted: id) (\(list)): write the one meant")
            }
        case .person(let ref):
            if broken.departments.contains(ref.department) || broken.people.contains("\(ref.department)/\(ref.person)") { return nil }
            guard let dept = ws.department(ref.department) else {
                return Diagnostic(at: location, "\(field) \(quoted: "\(ref)") names the department \(quoted: ref.department), which does not exist\(Suggest.didYouMean(ref.department, in: ws.departments.map(\.id)))")
            }
            if dept.person(ref.person) != nil { return nil }
            return Diagnostic(at: location, "\(field) \(quoted: "\(ref)"): there is no person \(quoted: ref.person) in Contracts/\(dept.id)/department.yaml\(Suggest.didYouMean(ref.person, in: dept.people.map(\.id)))")
        case .department(let id):
            if broken.departments.contains(id) || ws.department(id) != nil { return nil }
            return Diagnostic(at: location, "the department \(quoted: id) has no department.yaml; add Contracts/\(id)/department.yaml")
        case .tier(let tier):
            let tiers = ws.settings.publication.tiers
            if tiers.contains(tier) { return nil }
            return Diagnostic(at: location, "the tier \(quoted: tier) is not one of \(tiers.joined(separator: ", ")) (publication.tiers)\(Suggest.didYouMean(tier, in: tiers))")
        case .rule(let rule):
            guard let ruleIDs, !ruleIDs.contains(rule) else { return nil }
            return Diagnostic(at: location, "the waiver names the unknown rule \(quoted: rule)\(Suggest.didYouMean(rule, in: ruleIDs)) ('missionkpi rules' lists them)")
        }
    }
}
