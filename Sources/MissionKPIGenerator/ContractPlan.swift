import MissionKPI

/// One synthetic KPI: what the contract file says about it and how its returns behave.
struct KPIPlan: Sendable {
    var template: KPITemplate
    var measures: String?
    var baseline: Double
    var target: Double
    var targetDate: Day
    var writesBaseline: Bool
    var writesTarget: Bool
    var writesBands: Bool
    var frequency: Frequency?
    var dataSource: DataSource
    var mostMaterial = false
    var writesDescription: Bool
    /// Share of the planned improvement actually achieved (some KPIs fall behind).
    var pace: Double
    /// The last month (ordinal) with a return; nil when the supplier never sent any.
    var returnsUntil: Int?
    /// A waiver for `supplier-only-data`: complete or not.
    var waiver: Bool?

    var id: String { template.slug }
}

/// One synthetic contract: every field of its file and the KPIs whose returns are generated.
/// The same seed and index always give the same plan, whatever order contracts are planned in.
struct ContractPlan: Sendable {
    var id: String
    var department: DepartmentPlan
    var mission: MissionPlan
    var title: String
    var ocid: String?
    var supplierName: String
    var supplierID: String?
    var sme: Bool
    var vcse: Bool
    var amount: Int
    var includesVAT: Bool
    var start: Day
    var end: Day
    var procedure: Procedure
    var tier: String
    var manager: String?
    var seniorOwner: String?
    /// nil: no exemption; "": `true` (an exemption without a reason); otherwise the reason.
    var exemption: String?
    var procurementStart: Day?
    var contributesTo: [(node: String, rationale: String?)]
    var kpis: [KPIPlan]

    /// The gross (VAT-inclusive) value, for the £5m test of s.52.
    var grossAmount: Int { includesVAT ? amount : amount + amount / 5 }
}

/// Month ordinals (`year * 12 + month - 1`), which make month arithmetic plain integer arithmetic.
enum MonthOrdinal {
    static func of(_ d: Day) -> Int { d.year * 12 + d.month - 1 }
    static func firstDay(_ m: Int) -> Day { Day(year: m / 12, month: m % 12 + 1, day: 1)! }
    static func lastDay(_ m: Int) -> Day { firstDay(m + 1).adding(days: -1) }
}
