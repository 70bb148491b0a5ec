extension KPIWords {
    /// Fills the fields of `kpi` that nobody stated (level, unit, direction, target) from what its words
    /// say, and lists each one filled in `inferred`. A stated field is never replaced nor marked inferred;
    /// a range target keeps its lower end (the floor), its date where the words give one.
    ///
    /// ```swift
    /// var k = importedKPI                 // title "Job Outcome Rate", description "% of Participants who …"
    /// KPIWords.fill(&k)                   // k.unit == .percent, k.level == .outcome, k.inferred == [level, unit, direction]
    /// ```
    public static func fill(_ kpi: inout KPI) {
        fill(&kpi, from: read(title: kpi.title, description: kpi.description))
    }

    /// `fill(_:)` with the reading of the KPI's words already made (an import reads each distinct text once).
    public static func fill(_ kpi: inout KPI, from r: KPIReading) {
        var filled: [KPIField] = []
        if kpi.level == nil, let v = r.level?.value {
            kpi.level = v
            filled.append(.level)
        }
        if kpi.unit == nil, let v = r.unit?.value {
            kpi.unit = v
            filled.append(.unit)
        }
        if kpi.direction == nil, let v = r.direction?.value {
            kpi.direction = v
            filled.append(.direction)
        }
        if kpi.target == nil, let t = r.target?.value {
            kpi.target = DatedValue(value: t.value, date: t.date, locations: kpi.locations)
            filled.append(.target)
        }
        kpi.inferred = Array(Set(kpi.inferred + filled)).sorted()
    }
}
