import Foundation

/// A reference to a person: bare (`p-0141`, of the contract's own department) or `dept/person`.
public struct PersonRef: Sendable, Hashable, CustomStringConvertible {
    public var department: String
    public var person: String
    /// Whether the reference was written with a department (`dept/person`).
    public var isQualified: Bool

    public var description: String { isQualified ? "\(department)/\(person)" : person }
}

/// A reference to a theory-of-change node or milestone: `<mission>/<id>`.
public struct OutcomeRef: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var mission: String
    public var id: String

    public init(mission: String, id: String) {
        self.mission = mission
        self.id = id
    }

    public var description: String { "\(mission)/\(id)" }
    public static func < (a: OutcomeRef, b: OutcomeRef) -> Bool { (a.mission, a.id) < (b.mission, b.id) }
}

/// An amount of money, exact (never a binary float).
public struct Money: Sendable, Hashable {
    public var amount: Decimal
    public var currency: String
    public var includesVAT: Bool

    /// The amount including VAT at 20% where it was given without, for the £5m test of s.52.
    public var grossAmount: Decimal { includesVAT ? amount : amount * Decimal(string: "1.2")! }

    /// Creates an amount.
    public init(amount: Decimal, currency: String, includesVAT: Bool) {
        self.amount = amount
        self.currency = currency
        self.includesVAT = includesVAT
    }
}

/// The supplier of a contract.
public struct Supplier: Sendable, Hashable {
    public var name: String
    public var id: String?
    public var sme: Bool?
    public var vcse: Bool?

    /// Creates a supplier.
    public init(name: String, id: String?, sme: Bool?, vcse: Bool?) {
        self.name = name
        self.id = id
        self.sme = sme
        self.vcse = vcse
    }
}

/// An accepted finding: a rule that may not fire on this KPI or contract, with why, who and until when.
public struct Waiver: Sendable, Hashable {
    public var rule: String
    public var reason: String?
    public var approvedBy: PersonRef?
    public var expires: Day?
    public var locations: FieldLocations

    /// A waiver counts only with a reason, an approver and an expiry.
    public var isComplete: Bool { !(reason ?? "").isEmpty && approvedBy != nil && expires != nil }
}

/// Rating bands: lower edges for a KPI that should increase, upper edges for one that should decrease.
public struct Bands: Sendable, Hashable {
    public var good: Double
    public var approachingTarget: Double
    public var requiresImprovement: Double
    public var locations: FieldLocations
}

/// A key performance indicator of a contract.
public struct KPI: Sendable, Hashable {
    public var id: String
    public var title: String
    public var description: String?
    /// The level in the results chain; nil only for an imported KPI whose level nobody stated or inferred.
    public var level: KPILevel?
    public var measures: OutcomeRef?
    public var unit: Unit?
    /// Which way is better; nil only for an imported KPI whose direction nobody stated or inferred.
    public var direction: Direction?
    public var baseline: DatedValue?
    public var target: DatedValue?
    public var bands: Bands?
    public var frequency: Frequency?
    public var dataSource: DataSource?
    public var mostMaterial: Bool
    public var waivers: [Waiver]
    /// The OCDS metric id this KPI was imported from (`agreedMetrics[].id`), or nil for a hand-written KPI.
    public var sourceId: String?
    /// The fields the buyer did not state but the tool read from the KPI's words, sorted.
    public var inferred: [KPIField]
    public var locations: FieldLocations

    /// Whether `field` was inferred from the words rather than stated.
    public func isInferred(_ field: KPIField) -> Bool { inferred.contains(field) }

    /// Creates a KPI.
    public init(
        id: String, title: String, description: String?, level: KPILevel?, measures: OutcomeRef?, unit: Unit?,
        direction: Direction?, baseline: DatedValue?, target: DatedValue?, bands: Bands?, frequency: Frequency?,
        dataSource: DataSource?, mostMaterial: Bool, waivers: [Waiver], sourceId: String? = nil, inferred: [KPIField] = [],
        locations: FieldLocations
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.level = level
        self.measures = measures
        self.unit = unit
        self.direction = direction
        self.baseline = baseline
        self.target = target
        self.bands = bands
        self.frequency = frequency
        self.dataSource = dataSource
        self.mostMaterial = mostMaterial
        self.waivers = waivers
        self.sourceId = sourceId
        self.inferred = inferred
        self.locations = locations
    }
}

/// The reason a contract has no KPIs (Procurement Act 2023 s.52(2)); `reason` is nil for `true` or blank.
public struct KPIExemption: Sendable, Hashable {
    public var reason: String?

    /// Creates an exemption; `reason` nil for one without a reason.
    public init(reason: String?) { self.reason = reason }
}

/// A link from a contract to the mission outcome it serves.
public struct Contribution: Sendable, Hashable {
    public var node: OutcomeRef
    public var rationale: String?
    public var locations: FieldLocations
}

/// A public contract with its owners, mission links and KPIs.
public struct Contract: Sendable, Hashable {
    public var id: String
    public var ocid: String?
    public var title: String
    public var department: String
    public var supplier: Supplier
    public var value: Money
    public var start: Day
    public var end: Day
    public var procedure: Procedure?
    public var tier: String?
    public var manager: PersonRef?
    public var seniorResponsibleOwner: PersonRef?
    public var kpiExemption: KPIExemption?
    public var procurementStart: Day?
    public var contributesTo: [Contribution]
    public var kpis: [KPI]
    public var waivers: [Waiver]
    /// Where an imported contract's facts came from (Find a Tender OCDS), or nil for a hand-written one.
    public var source: ContractSource?
    public var locations: FieldLocations

    public func kpi(_ id: String) -> KPI? { kpis.first { $0.id == id } }

    /// Whether the contract is running on `day`.
    public func isLive(on day: Day) -> Bool { start <= day && day <= end }

    /// Creates a contract.
    public init(
        id: String, ocid: String?, title: String, department: String, supplier: Supplier, value: Money, start: Day,
        end: Day, procedure: Procedure?, tier: String?, manager: PersonRef?, seniorResponsibleOwner: PersonRef?,
        kpiExemption: KPIExemption?, procurementStart: Day?, contributesTo: [Contribution], kpis: [KPI], waivers: [Waiver],
        source: ContractSource? = nil, locations: FieldLocations
    ) {
        self.id = id
        self.ocid = ocid
        self.title = title
        self.department = department
        self.supplier = supplier
        self.value = value
        self.start = start
        self.end = end
        self.procedure = procedure
        self.tier = tier
        self.manager = manager
        self.seniorResponsibleOwner = seniorResponsibleOwner
        self.kpiExemption = kpiExemption
        self.procurementStart = procurementStart
        self.contributesTo = contributesTo
        self.kpis = kpis
        self.waivers = waivers
        self.source = source
        self.locations = locations
    }
}

extension Money {
    /// `£48,000,000` or `£48.0m` style text for messages: pounds with thousands separators.
    public static func describe(_ amount: Decimal) -> String {
        let whole = NSDecimalNumber(decimal: amount).int64Value
        var digits = String(abs(whole))
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        return (whole < 0 ? "-£" : "£") + groups.joined(separator: ",")
    }
}
