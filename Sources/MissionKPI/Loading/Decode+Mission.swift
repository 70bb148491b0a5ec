extension FileDecoder {
    /// A `Missions/<id>.yaml` document.
    func mission(_ root: YAMLNode) -> Mission? {
        guard let f = mapping(root, "the mission", allowed: [
            "id", "title", "board", "lead_department", "summary", "sources", "problem_statements", "milestones",
            "theory_of_change",
        ]) else { return nil }
        let id = f.identifier("id", required: true)
        let title = f.text("title", required: true)
        let sources = f.list("sources") { self.sourceReference($0) }
        let problems = f.list("problem_statements") { self.problemStatement($0) }
        let milestones = f.list("milestones", required: true) { self.milestone($0) }
        if f.node("milestones").map({ if case .sequence(let s, _) = $0 { s.isEmpty } else { false } }) == true {
            error(f.node("milestones")!.mark, "a mission needs at least one milestone under 'milestones'")
        }
        let nodes = f.list("theory_of_change") { self.theoryNode($0) }
        checkSharedIds(problems: problems, milestones: milestones, nodes: nodes)
        let board = f.text("board"), leadDepartment = f.text("lead_department"), summary = f.text("summary")
        guard let id, let title else { return nil }
        var mission = Mission(
            id: id, title: title, board: board, leadDepartment: leadDepartment,
            summary: summary, sources: sources, problemStatements: problems, milestones: milestones,
            theoryOfChange: nodes, locations: f.locations)
        mission.declaredMilestoneIDs = Self.declaredIDs(f.node("milestones"))
        mission.declaredNodeIDs = Self.declaredIDs(f.node("theory_of_change"))
        return mission
    }

    /// The `id` of each mapping in a list, whether or not the rest of the item is valid.
    static func declaredIDs(_ list: YAMLNode?) -> Set<String> {
        guard case .sequence(let items, _)? = list else { return [] }
        var ids = Set<String>()
        for case .mapping(let entries, _) in items {
            if let e = entries.first(where: { $0.key.text == "id" }), case .scalar(let s) = e.value { ids.insert(s.text) }
        }
        return ids
    }

    /// Problem statements, milestones and nodes share one id space per mission.
    private func checkSharedIds(problems: [ProblemStatement], milestones: [Milestone], nodes: [TheoryNode]) {
        var all: [(String, FieldLocations)] = problems.map { ($0.id, $0.locations) }
        all += milestones.map { ($0.id, $0.locations) }
        all += nodes.map { ($0.id, $0.locations) }
        checkUnique(all, "mission item", id: \.0, locations: \.1)
    }

    func sourceReference(_ node: YAMLNode) -> SourceReference? {
        guard let f = mapping(node, "a source", allowed: ["title", "url"]) else { return nil }
        let title = f.text("title", required: true), url = f.text("url")
        guard let title else { return nil }
        return SourceReference(title: title, url: url)
    }

    func problemStatement(_ node: YAMLNode) -> ProblemStatement? {
        guard let f = mapping(node, "a problem statement", allowed: ["id", "challenge", "affected", "evidence", "desired_outcome"])
        else { return nil }
        let id = f.identifier("id", required: true), challenge = f.text("challenge", required: true)
        let affected = f.text("affected"), evidence = f.texts("evidence"), desiredOutcome = f.text("desired_outcome")
        guard let id, let challenge else { return nil }
        return ProblemStatement(
            id: id, challenge: challenge, affected: affected, evidence: evidence, desiredOutcome: desiredOutcome,
            locations: f.locations)
    }

    func datedValue(_ node: YAMLNode, _ what: String, dateRequired: Bool, allowSource: Bool = true) -> DatedValue? {
        let keys = allowSource ? ["value", "date", "source"] : ["value", "date"]
        guard let f = mapping(node, what, allowed: keys) else { return nil }
        let value = f.number("value", required: true)
        let date = f.day("date", required: dateRequired)
        let source = allowSource ? f.text("source") : nil
        guard let value, date != nil || !dateRequired else { return nil }
        return DatedValue(value: value, date: date, source: source, locations: f.locations)
    }

    func milestone(_ node: YAMLNode) -> Milestone? {
        guard let f = mapping(node, "a milestone", allowed: [
            "id", "title", "indicator", "unit", "direction", "baseline", "target", "trajectory", "observations",
        ]) else { return nil }
        let id = f.identifier("id", required: true)
        let title = f.text("title", required: true)
        let unit: Unit? = f.vocabulary("unit", required: true)
        let direction: Direction? = f.vocabulary("direction", required: true)
        let baseline = f.node("baseline").flatMap { datedValue($0, "the baseline", dateRequired: true) }
        let target = f.node("target", required: true).flatMap { datedValue($0, "the target", dateRequired: true) }
        let trajectory = f.list("trajectory") { self.datedValue($0, "a trajectory point", dateRequired: true, allowSource: false) }
        let observations = f.list("observations") { self.datedValue($0, "an observation", dateRequired: true) }
        if let b = baseline?.date, let t = target?.date, t < b {
            error(f.mark(of: "target"), "the target date \(t) is before the baseline date \(b); a target must come after its baseline")
        }
        let indicator = f.text("indicator")
        guard let id, let title, let unit, let direction, let target else { return nil }
        return Milestone(
            id: id, title: title, indicator: indicator, unit: unit, direction: direction, baseline: baseline,
            target: target, trajectory: trajectory.sorted { $0.date! < $1.date! },
            observations: observations.sorted { $0.date! < $1.date! }, locations: f.locations)
    }

    func theoryNode(_ node: YAMLNode) -> TheoryNode? {
        guard let f = mapping(node, "a theory-of-change node", allowed: ["id", "level", "statement", "leads_to", "assumptions"])
        else { return nil }
        let id = f.identifier("id", required: true)
        let level: NodeLevel? = f.vocabulary("level", required: true)
        let statement = f.text("statement", required: true)
        let leadsTo = f.list("leads_to", required: true) { self.identifier($0, "each item of 'leads_to'") }
        let assumptions = f.texts("assumptions")
        guard let id, let level, let statement else { return nil }
        return TheoryNode(
            id: id, level: level, statement: statement, leadsTo: leadsTo, assumptions: assumptions, locations: f.locations)
    }
}
