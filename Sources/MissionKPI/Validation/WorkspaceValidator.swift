/// Checks that span files: duplicate ids, references, the theory-of-change graph, tiers and rule ids.
public enum WorkspaceValidator {
    public static func validate(_ ws: Workspace, ruleCatalog: [String: [String]]?) -> [Diagnostic] {
        var out: [Diagnostic] = []
        duplicates(ws, &out)
        for mission in ws.missions { TheoryGraphCheck.check(mission, &out) }
        references(ws, &out)
        if let ruleCatalog { rules(ws, catalog: ruleCatalog, &out) }
        return out
    }

    static func duplicates(_ ws: Workspace, _ out: inout [Diagnostic]) {
        func check(_ items: [(String, SourceLocation)], _ what: String) {
            var first: [String: SourceLocation] = [:]
            for (id, loc) in items {
                if let f = first[id] {
                    out.append(Diagnostic(at: loc, "duplicate \(what) id '\(id)': it is also defined at \(f); ids must be unique across the workspace"))
                } else {
                    first[id] = loc
                }
            }
        }
        // Workspace sorted by id; sort by location too so the "first" is the earlier file.
        check(ws.missions.map { ($0.id, $0.locations["id"]) }.sorted { $0.1 < $1.1 }, "mission")
        check(ws.departments.map { ($0.id, $0.locations["id"]) }.sorted { $0.1 < $1.1 }, "department")
        check(ws.contracts.map { ($0.id, $0.locations["id"]) }.sorted { $0.1 < $1.1 }, "contract")
    }

    static func references(_ ws: Workspace, _ out: inout [Diagnostic]) {
        let tiers = ws.settings.publication.tiers
        for c in ws.contracts {
            if ws.department(c.department) == nil {
                out.append(Diagnostic(at: c.locations["department"], "the department '\(c.department)' has no department.yaml; add Contracts/\(c.department)/department.yaml"))
            }
            if let tier = c.tier, !tiers.contains(tier) {
                out.append(Diagnostic(at: c.locations["tier"], "the tier '\(tier)' is not one of \(tiers.joined(separator: ", ")) (publication.tiers)\(Suggest.didYouMean(tier, in: tiers))"))
            }
            for contribution in c.contributesTo {
                outcome(ws, contribution.node, at: contribution.locations["node"], field: "contributes_to node", &out)
            }
            for kpi in c.kpis {
                if let m = kpi.measures { outcome(ws, m, at: kpi.locations["measures"], field: "measures", &out) }
                for w in kpi.waivers { person(ws, w.approvedBy, at: w.locations["approved_by"], field: "approved_by", &out) }
            }
            for w in c.waivers { person(ws, w.approvedBy, at: w.locations["approved_by"], field: "approved_by", &out) }
            person(ws, c.manager, at: c.locations["manager"], field: "manager", &out)
            person(ws, c.seniorResponsibleOwner, at: c.locations["senior_responsible_owner"], field: "senior_responsible_owner", &out)
        }
    }

    static func outcome(_ ws: Workspace, _ ref: OutcomeRef, at loc: SourceLocation, field: String, _ out: inout [Diagnostic]) {
        guard let mission = ws.mission(ref.mission) else {
            let hint = Suggest.didYouMean(ref.mission, in: ws.missions.map(\.id))
            out.append(Diagnostic(at: loc, "\(field) '\(ref)' names the mission '\(ref.mission)', which does not exist\(hint)"))
            return
        }
        if mission.node(ref.id) == nil && mission.milestone(ref.id) == nil && !mission.declaredNodeIDs.contains(ref.id) && !mission.declaredMilestoneIDs.contains(ref.id) {
            let ids = mission.theoryOfChange.map(\.id) + mission.milestones.map(\.id)
            out.append(Diagnostic(at: loc, "\(field) '\(ref)': the mission '\(ref.mission)' has no theory-of-change node or milestone '\(ref.id)'\(Suggest.didYouMean(ref.id, in: ids))"))
        }
    }

    static func person(_ ws: Workspace, _ ref: PersonRef?, at loc: SourceLocation, field: String, _ out: inout [Diagnostic]) {
        guard let ref else { return }
        guard let dept = ws.department(ref.department) else {
            out.append(Diagnostic(at: loc, "\(field) '\(ref)' names the department '\(ref.department)', which does not exist\(Suggest.didYouMean(ref.department, in: ws.departments.map(\.id)))"))
            return
        }
        if dept.person(ref.person) == nil {
            out.append(Diagnostic(at: loc, "\(field) '\(ref)': there is no person '\(ref.person)' in Contracts/\(dept.id)/department.yaml\(Suggest.didYouMean(ref.person, in: dept.people.map(\.id)))"))
        }
    }

    static func rules(_ ws: Workspace, catalog: [String: [String]], _ out: inout [Diagnostic]) {
        let ids = catalog.keys.sorted()
        for (id, setting) in ws.settings.rules.sorted(by: { $0.key < $1.key }) {
            guard let options = catalog[id] else {
                out.append(Diagnostic(at: setting.locations.location, "unknown rule '\(id)' in 'rules'\(Suggest.didYouMean(id, in: ids)); 'missionkpi rules' lists them"))
                continue
            }
            for key in setting.options.keys.sorted() where !options.contains(key) {
                let allowed = options.isEmpty ? "; this rule has no options" : Suggest.didYouMean(key, in: options) + " (options: \(options.joined(separator: ", ")))"
                out.append(Diagnostic(at: setting.locations[key], "unknown option '\(key)' for rule '\(id)'\(allowed)"))
            }
        }
        for c in ws.contracts {
            for w in c.waivers + c.kpis.flatMap(\.waivers) where catalog[w.rule] == nil {
                out.append(Diagnostic(at: w.locations["rule"], "the waiver names the unknown rule '\(w.rule)'\(Suggest.didYouMean(w.rule, in: ids)); 'missionkpi rules' lists them"))
            }
        }
    }
}
