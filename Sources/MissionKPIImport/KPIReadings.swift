import MissionKPI

/// What the KPI words reader reads from each metric's title and description: each distinct text read
/// once (framework lots and sister contracts often publish the same KPIs), on every core.
struct KPIReadings {
    private var table: [Key: KPIReading] = [:]

    struct Key: Hashable {
        var title: String
        var description: String?
    }

    /// The title and description a metric's KPI gets: a metric without a title takes its description
    /// as title (or `Metric <id>`) and then has no description.
    static func words(_ m: OCDSMetric) -> (title: String, description: String?) {
        (m.title ?? m.description ?? "Metric \(m.id)", m.title == nil ? nil : m.description)
    }

    init() {}

    /// Reads every distinct text of `metrics`.
    init(_ metrics: [OCDSMetric]) {
        var keys: [Key] = []
        var seen = Set<Key>()
        for m in metrics {
            let w = Self.words(m)
            let key = Key(title: w.title, description: w.description)
            if seen.insert(key).inserted { keys.append(key) }
        }
        let distinct = keys
        let results = Parallel.map(distinct, minimumChunk: 1) { KPIWords.read(title: $0.title, description: $0.description) }
        for (key, reading) in zip(distinct, results) { table[key] = reading }
    }

    /// The reading of a metric's words (read now when it was not read in advance).
    subscript(_ m: OCDSMetric) -> KPIReading {
        let w = Self.words(m)
        return table[Key(title: w.title, description: w.description)] ?? KPIWords.read(title: w.title, description: w.description)
    }
}
