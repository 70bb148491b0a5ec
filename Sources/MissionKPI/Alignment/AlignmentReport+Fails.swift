/// Whether a run's findings fail it: what `align` and `audit` exit 1 on.
extension AlignmentReport {
    /// Whether the run fails: an error-severity finding stands, or (strict) any finding stands.
    /// Waived and baselined findings never fail a run.
    public func fails(strict: Bool) -> Bool {
        strict ? !findings.isEmpty : findings.contains { $0.severity == .error }
    }
}
