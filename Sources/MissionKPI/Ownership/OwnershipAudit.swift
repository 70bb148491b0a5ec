import Foundation

/// Who manages and owns each contract, department by department, with the ownership findings and
/// the summary figures the IfG asks to see (how much is managed by commercial specialists).
///
/// ```swift
/// let report = AlignmentEngine.run(ws, assessment: a, asOf: day, families: [.ownership])
/// let audit = OwnershipAudit.build(ws, report: report, floor: ws.settings.publication.nameGradeFloor)
/// audit.overall.valueShare   // 0.725: share of contract value managed by specialists
/// ```
public struct OwnershipAudit: Sendable {
    public var asOf: Day
    /// People below this grade are shown by role and grade, not by name.
    public var floor: Grade
    /// Contracts worth more than this (pounds including VAT) count as high-value.
    public var threshold: Decimal
    /// The department asked for, or nil for all.
    public var department: String?
    public var departments: [DepartmentOwnership]
    /// Figures over every department shown.
    public var overall: OwnershipFigures
    /// The most loaded managers over every department shown.
    public var mostLoaded: [ManagerLoad]
    /// Standing ownership findings about no contract, person or department shown (e.g. an option problem).
    public var general: [Finding]
    /// Every standing ownership finding in scope, sorted.
    public var findings: [Finding]
    /// Ownership findings in scope suppressed by a waiver.
    public var waived: [Finding]

    /// Whether an error-severity ownership finding stands.
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }
}

/// One department's contracts, owners, figures and flags.
public struct DepartmentOwnership: Sendable {
    public var id: String
    public var name: String
    public var contracts: [ContractOwnership]
    public var figures: OwnershipFigures
    public var mostLoaded: [ManagerLoad]
    /// Findings on the department itself or its people (not on one contract).
    public var flags: [Finding]
}

/// One contract's manager and senior responsible owner, and the ownership findings on it.
public struct ContractOwnership: Sendable {
    public var contract: String
    public var title: String
    /// Value including VAT.
    public var value: Decimal
    public var tier: String?
    public var end: Day
    public var manager: OwnerCell?
    public var seniorResponsibleOwner: OwnerCell?
    public var flags: [Finding]
}

/// A person as the audit shows them: by name only at or above the grade floor.
public struct OwnerCell: Sendable, Hashable {
    /// The person's department.
    public var department: String
    /// Name, or "Role (GRADE)" below the floor.
    public var display: String
    public var named: Bool
    public var grade: Grade
    public var specialist: Bool
    public var accreditation: AccreditationLevel
}

/// The share of contracts and value managed by commercial specialists, and the spread by accreditation.
public struct OwnershipFigures: Sendable {
    public var contracts: Int
    public var value: Decimal
    public var specialistContracts: Int
    public var specialistValue: Decimal
    /// Contracts over the threshold, and how many of them a specialist manages.
    public var highValueContracts: Int
    public var highValueSpecialist: Int
    /// Managers, their contracts and value, per accreditation level (every level, `none` first).
    public var accreditation: [AccreditationCount]

    /// The share of value managed by specialists; nil when there is no value.
    public var valueShare: Double? { value > 0 ? ratio(specialistValue, value) : nil }
    /// The share of high-value contracts managed by specialists; nil when there are none.
    public var highValueShare: Double? { highValueContracts > 0 ? Double(highValueSpecialist) / Double(highValueContracts) : nil }

    func ratio(_ a: Decimal, _ b: Decimal) -> Double {
        NSDecimalNumber(decimal: a).doubleValue / NSDecimalNumber(decimal: b).doubleValue
    }
}

/// How many managers hold an accreditation level, and the contracts and value they manage.
public struct AccreditationCount: Sendable, Hashable {
    public var level: AccreditationLevel
    public var managers: Int
    public var contracts: Int
    public var value: Decimal
}

/// One manager's load: how many contracts, worth how much.
public struct ManagerLoad: Sendable, Hashable {
    public var manager: OwnerCell
    public var contracts: [String]
    public var value: Decimal
}
