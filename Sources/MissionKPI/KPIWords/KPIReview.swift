/// The review of imported KPIs (issue 14, point 3): for the contracts read from Find a Tender (those with a
/// `source:` block), overall and per buyer, how many KPIs name a quantity and state a target, the level mix,
/// the contracts whose KPIs all count effort, the placeholders and bare topics, and the best examples
/// (outcome KPIs with a target) so a board sees what good looks like. A field the buyer stated or the
/// import inferred counts as it is; a KPI imported without the reader's fields is read here.
///
/// ```swift
/// let review = KPIReview.build(workspace)
/// review.overall.kpis            // 133
/// review.overall.namingQuantity  // 58
/// ```
public struct KPIReview: Sendable, Hashable {
    /// A KPI named in a list: its contract, id, words and buyer.
    public struct KPIRef: Sendable, Hashable {
        public var contract: String
        public var kpi: String
        public var title: String
        public var description: String?
        public var department: String
        /// The target in words ("90", "350 to 450 by 2027-07-31"), for the best examples.
        public var target: String?
    }

    /// The figures of a set of imported contracts.
    public struct Figures: Sendable, Hashable {
        public var contracts = 0
        /// Imported contracts with no KPI (most claim an exemption under s.52(2)).
        public var withoutKPIs = 0
        public var kpis = 0
        public var namingQuantity = 0
        public var statingTarget = 0
        public var input = 0, activity = 0, output = 0, outcome = 0, levelUnknown = 0
        /// Contracts (ids) whose KPIs are all input or activity.
        public var effortOnly: [String] = []
        public var placeholders: [KPIRef] = []
        public var bareTopics: [KPIRef] = []
        /// Outcome KPIs with a target.
        public var bestExamples: [KPIRef] = []

        /// `part` of the KPIs as a whole percentage (0 when there are none).
        public func share(_ part: Int) -> Int { kpis == 0 ? 0 : Int((Double(part) * 100 / Double(kpis)).rounded()) }
    }

    /// One buyer (department) and its figures.
    public struct Buyer: Sendable, Hashable {
        public var department: String
        public var name: String
        public var figures: Figures
    }

    /// Every imported contract together.
    public var overall = Figures()
    /// Each buyer with imported contracts, by department id.
    public var buyers: [Buyer] = []

    /// An empty review.
    public init() {}

    /// Reviews the imported contracts of the workspace.
    public static func build(_ ws: Workspace) -> KPIReview {
        var review = KPIReview()
        var byBuyer: [String: Figures] = [:]
        for c in ws.contracts where c.source != nil {
            var f = byBuyer[c.department] ?? Figures()
            add(c, to: &f)
            add(c, to: &review.overall)
            byBuyer[c.department] = f
        }
        review.buyers = byBuyer.keys.sorted().map { id in
            Buyer(department: id, name: ws.department(id)?.name ?? id, figures: byBuyer[id]!)
        }
        return review
    }

    static func add(_ c: Contract, to f: inout Figures) {
        f.contracts += 1
        if c.kpis.isEmpty { f.withoutKPIs += 1 }
        var levels: [KPILevel?] = []
        for k in c.kpis {
            let r = KPIWords.read(title: k.title, description: k.description)
            let ref = { (target: String?) in
                KPIRef(contract: c.id, kpi: k.id, title: k.title, description: k.description, department: c.department, target: target)
            }
            f.kpis += 1
            if k.unit != nil || r.namesQuantity { f.namingQuantity += 1 }
            let target = k.target.map { t in fmt(t.value) + (t.date.map { " by \($0)" } ?? "") } ?? r.target.map { describe($0.value) }
            if target != nil { f.statingTarget += 1 }
            let level = k.level ?? r.level?.value
            levels.append(level)
            switch level {
            case .input?: f.input += 1
            case .activity?: f.activity += 1
            case .output?: f.output += 1
            case .outcome?: f.outcome += 1
            case nil: f.levelUnknown += 1
            }
            if r.isPlaceholder { f.placeholders.append(ref(nil)) }
            if r.isBareTopic { f.bareTopics.append(ref(nil)) }
            if level == .outcome, let target { f.bestExamples.append(ref(target)) }
        }
        if !levels.isEmpty, levels.allSatisfy({ $0?.isEffort == true }) { f.effortOnly.append(c.id) }
    }

    /// "80", "350 to 450", "55 by 2027-03-31".
    public static func describe(_ t: KPITarget) -> String {
        var s = fmt(t.value)
        if let u = t.upper { s += " to " + fmt(u) }
        if let d = t.date { s += " by \(d)" }
        return s
    }
}
