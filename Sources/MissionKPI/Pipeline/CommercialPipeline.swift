import Foundation

/// The commercial pipeline: contracts ending in each of the next financial years — the moments to
/// re-procure with better KPIs — and the Procurement Act 2023 s.93 view of the coming financial year.
///
/// ```swift
/// let report = AlignmentEngine.run(ws, assessment: a, asOf: day)
/// let pipeline = CommercialPipeline.build(ws, report: report, asOf: day, years: 3)
/// pipeline.years.map(\.label)   // ["FY2026-27", "FY2027-28", "FY2028-29"]
/// ```
public struct CommercialPipeline: Sendable {
    public var asOf: Day
    /// The first day of each financial year (from the settings).
    public var financialYearStart: MonthDay
    /// Re-procurement starts this many months before the end unless a contract plans otherwise.
    public var leadTimeMonths: Int
    /// The department asked for, or nil for all.
    public var department: String?
    /// The financial year containing the as-of date, then the following ones.
    public var years: [PipelineYear]
    /// Contracts over £2m whose procurement starts in the coming financial year.
    public var s93: S93View
}

/// One financial year of the pipeline and the contracts ending in it.
public struct PipelineYear: Sendable {
    /// `FY2026-27`.
    public var label: String
    public var start: Day
    public var end: Day
    /// Contracts ending in the year (on or after the as-of date), by end date then id.
    public var entries: [PipelineEntry]

    /// The value of the contracts ending in the year, including VAT.
    public var value: Decimal { entries.reduce(0) { $0 + $1.value } }
}

/// The s.93 pipeline-notice view: the coming financial year's procurements over the threshold.
public struct S93View: Sendable {
    /// The coming financial year: the one after the year containing the as-of date.
    public var label: String
    public var start: Day
    public var end: Day
    /// Contracts worth more than this (including VAT) are listed: £2m (s.93).
    public var threshold: Decimal
    /// By procurement start, then id.
    public var entries: [PipelineEntry]

    public var value: Decimal { entries.reduce(0) { $0 + $1.value } }
}

/// A contract in the pipeline: when it ends and is re-procured, what it is worth, which missions it
/// serves, and how well its KPIs are aligned today.
public struct PipelineEntry: Sendable {
    public var contract: String
    public var title: String
    public var department: String
    public var supplier: String
    /// Value including VAT.
    public var value: Decimal
    public var tier: String?
    public var end: Day
    /// `procurement_start` when the contract gives one, else the end less the lead time.
    public var procurementStart: Day
    /// Whether `procurementStart` was written in the contract (not derived from the lead time).
    public var procurementPlanned: Bool
    /// The missions the contract contributes to, sorted.
    public var missions: [String]
    /// The contract's alignment score (0–100) in the report.
    public var score: Double?
    /// The contract's standing findings (all families), sorted.
    public var findings: [Finding]

    /// Whether re-procurement should already have started on `day`.
    public func procurementDue(on day: Day) -> Bool { procurementStart <= day }
}
