import MissionKPI

/// The baseline file `align --write-baseline` writes (read back by `FindingBaseline(json:)`).
extension FindingBaseline {
    /// The baseline as JSON, entries sorted, one per line.
    public func json() -> String {
        let sorted = entries.sorted { ($0.rule, $0.subject, $0.fingerprint) < ($1.rule, $1.subject, $1.fingerprint) }
        var out = "{\n  \"version\": 1,\n  \"findings\": ["
        for (i, e) in sorted.enumerated() {
            out += (i == 0 ? "\n" : ",\n")
            out += "    {\"rule\": \(JSONText.string(e.rule)), \"subject\": \(JSONText.string(e.subject)), \"fingerprint\": \(JSONText.string(e.fingerprint))}"
        }
        out += sorted.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }
}
