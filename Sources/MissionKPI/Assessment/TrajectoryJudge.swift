/// Judges an indicator's progress: expected value, latest actual, gap, projection and status in words.
///
/// ```swift
/// let t = TrajectoryJudge(path: path, baseline: 59.1, target: 92, targetDate: d, direction: .increase,
///                         unit: .percent, projectionPeriods: 6, tolerance: 0.15).judge(actuals, asOf: day)
/// t.status   // .offTrack
/// ```
public struct TrajectoryJudge: Sendable {
    /// The planned path.
    public var path: ExpectedPath
    /// The baseline value (sets the scale of the tolerance).
    public var baseline: Double?
    /// The target value; without one there is nothing to judge against.
    public var target: Double?
    /// The date the target is due.
    public var targetDate: Day?
    /// Which way is better (`maintain` is judged like `increase`); without one progress is not judged.
    public var direction: Direction?
    /// For the wording.
    public var unit: Unit?
    /// How many recent actuals feed the least-squares projection.
    public var projectionPeriods: Int
    /// The shortfall, as a share of |target − baseline|, still counted as at risk.
    public var tolerance: Double

    /// Creates a judge.
    public init(
        path: ExpectedPath, baseline: Double?, target: Double?, targetDate: Day?, direction: Direction?, unit: Unit?,
        projectionPeriods: Int, tolerance: Double
    ) {
        self.path = path
        self.baseline = baseline
        self.target = target
        self.targetDate = targetDate
        self.direction = direction
        self.unit = unit
        self.projectionPeriods = projectionPeriods
        self.tolerance = tolerance
    }

    /// +1 when higher is better, −1 when lower is better.
    var sign: Double { direction == .decrease ? -1 : 1 }

    /// The shortfall that still counts as at risk: tolerance × |target − baseline| (or × |target| without a baseline).
    public var toleranceAmount: Double? {
        guard let target else { return nil }
        if let baseline, baseline != target { return tolerance * abs(target - baseline) }
        return tolerance * abs(target)
    }

    /// The projection of the last `projectionPeriods` actuals to the target date, by least squares.
    public func projection(_ actuals: [PathPoint]) -> Double? { projectionLine(actuals)?.atTarget }

    /// The least-squares line through the last `projectionPeriods` actuals: its value at the first of them
    /// (where a chart starts drawing it) and at the target date. Fitted here once; charts read it.
    public func projectionLine(_ actuals: [PathPoint]) -> (from: PathPoint, atTarget: Double)? {
        guard let targetDate, projectionPeriods >= 2 else { return nil }
        let window = Array(actuals.suffix(projectionPeriods))
        guard let first = window.first, let fit = LinearFit(window) else { return nil }
        return (PathPoint(date: first.date, value: fit.value(at: first.date)), fit.value(at: targetDate))
    }

    /// Judges the actuals (oldest first, all on or before `asOf`).
    public func judge(_ actuals: [PathPoint], asOf: Day) -> Trajectory {
        let u = unit
        guard let latest = actuals.last else {
            let expected = path.value(at: asOf) ?? target
            var reason = "No actual value on or before \(asOf)"
            if let expected { reason += "; \(ValueText.value(expected, u)) expected at \(asOf)" }
            return Trajectory(
                expected: expected, latestValue: nil, latestDate: nil, gap: nil, projectedAtTarget: nil, target: target,
                targetDate: targetDate, status: .noData, reason: reason + ".")
        }
        let actualText = "\(ValueText.value(latest.value, u)) at \(latest.date)"
        if target != nil, direction == nil {
            return Trajectory(
                expected: nil, latestValue: latest.value, latestDate: latest.date, gap: nil, projectedAtTarget: nil,
                target: target, targetDate: targetDate, status: .noData,
                reason: "\(actualText); no direction is set (higher or lower better), so progress cannot be judged.")
        }
        guard let target else {
            return Trajectory(
                expected: nil, latestValue: latest.value, latestDate: latest.date, gap: nil, projectedAtTarget: nil,
                target: nil, targetDate: nil, status: .noData, reason: "\(actualText); no target is set, so progress cannot be judged.")
        }
        let expected = path.value(at: latest.date) ?? target
        let gap = sign * (latest.value - expected)
        let targetPassed = targetDate.map { $0 <= latest.date } ?? false
        let line = targetPassed ? nil : projectionLine(actuals)
        let projected = line?.atTarget
        let eps = 1e-9
        let ahead = gap >= -eps
        let projectionMeets = projected.map { sign * ($0 - target) >= -eps }
        let allowance = toleranceAmount ?? 0
        let status: TrackStatus
        var why: String
        let gapText = ValueText.difference(gap, u)
        if ahead {
            if projectionMeets == false {
                status = .atRisk
                why = gap > eps ? "ahead of the path by \(gapText), but the recent trend falls short of the target" : "on the path, but the recent trend falls short of the target"
            } else {
                status = .onTrack
                why = gap > eps ? "ahead of the path by \(gapText)" : "on the path"
                if projectionMeets == true {
                    why += " and the recent trend reaches the target"
                } else if !targetPassed {
                    why += " (too few returns to project a trend)"
                }
            }
        } else if -gap <= allowance + eps {
            status = .atRisk
            why = "behind the path by \(gapText), within the \(percent(tolerance)) tolerance (\(ValueText.difference(allowance, u)))"
        } else {
            status = .offTrack
            why = "behind the path by \(gapText), more than the \(percent(tolerance)) tolerance (\(ValueText.difference(allowance, u)))"
        }
        var reason = "\(actualText) against \(ValueText.value(expected, u)) expected"
        if targetPassed, let targetDate {
            reason += "; the target date (\(targetDate)) is reached, so the latest value is judged against the target of \(ValueText.value(target, u))"
        } else if let projected, let targetDate {
            reason += "; projected \(ValueText.value(projected, u)) at \(targetDate) against a target of \(ValueText.value(target, u))"
        } else {
            // Written only here, where it is used (most KPIs never need it).
            reason += "; a target of \(ValueText.value(target, u))" + (targetDate.map { " by \($0)" } ?? "")
        }
        reason += ": " + why + "."
        return Trajectory(
            expected: expected, latestValue: latest.value, latestDate: latest.date, gap: gap, projectedAtTarget: projected,
            target: target, targetDate: targetDate, status: status, reason: reason, projectedFrom: line?.from)
    }

    private func percent(_ share: Double) -> String { ValueText.number(share * 100) + "%" }
}
