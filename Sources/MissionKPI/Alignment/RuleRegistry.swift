/// The explicit list of rules (filled in by the alignment engine work).
public enum RuleRegistry {
    /// Rule id → the option names it accepts.
    public static var catalog: [String: [String]] { [:] }
}
