import MissionKPI

/// Writes a department's KPI returns: one CSV per financial-year quarter (`returns/2025-26-q1.csv`),
/// each row filed in the quarter its period ends in. A few rows are corrected in the next quarter's file.
struct ReturnsWriter {
    static let header = "contract,kpi,period,value,note\n"
    static let notes = [
        "Supplier estimate, to be confirmed", "Includes backlog cleared after system outage",
        "Data delayed by supplier, \"provisional\"", "Revised method from this month",
    ]

    let firstMonth: Int
    let lastMonth: Int
    /// Financial-year quarter ordinal of the first bucket (`(month ordinal - 3) / 3` with an April year).
    let firstQuarter: Int
    var buckets: [TextBuffer]
    var rows = 0

    init(options: GeneratorOptions) {
        lastMonth = MonthOrdinal.of(options.endMonth)
        firstMonth = lastMonth - options.months + 1
        firstQuarter = Self.quarter(firstMonth)
        let count = Self.quarter(lastMonth) - firstQuarter + 1
        buckets = (0..<count).map { _ in
            var b = TextBuffer(capacity: 1 << 16)
            b.add(Self.header)
            return b
        }
    }

    /// The financial-year quarter (April start) a month falls in.
    static func quarter(_ month: Int) -> Int { (month - 3) >= 0 ? (month - 3) / 3 : (month - 5) / 3 }

    /// `2025-26-q1.csv` for the quarter ordinal.
    static func fileName(_ quarter: Int) -> String {
        let year = quarter / 4, next = (year + 1) % 100
        return "\(year)-" + (next < 10 ? "0" : "") + "\(next)-q\(quarter % 4 + 1).csv"
    }

    /// Appends the returns of every KPI of `contract`.
    mutating func add(_ contract: ContractPlan, seed: UInt64, index: Int) {
        var rng = SplitMix64(seed: seed, stream: 7, index: index)
        let from = max(firstMonth, MonthOrdinal.of(contract.start))
        let contractEnd = MonthOrdinal.of(contract.end)
        for k in contract.kpis {
            guard let until = k.returnsUntil else { continue }
            let to = min(until, contractEnd)
            guard from <= to else { continue }
            let startMonth = MonthOrdinal.of(contract.start), targetMonth = MonthOrdinal.of(k.targetDate)
            let t = k.template
            let noise = abs(k.target - k.baseline) * 0.12 + abs(k.baseline) * 0.01
            func value(_ month: Int) -> Double {
                let span = Double(max(1, targetMonth - startMonth))
                let progress = min(1, Double(month - startMonth + 1) / span)
                var v = k.baseline + (k.target - k.baseline) * progress * k.pace + noise * rng.double(in: -1...1)
                v = max(0, v)
                return t.unit == .percent ? min(100, v) : v
            }
            switch k.frequency ?? .monthly {
            case .monthly:
                for m in from...to { row(contract.id, k, period: .month(m), value: value(m), endMonth: m, &rng) }
            case .quarterly:
                // Calendar quarters wholly inside the months covered.
                var q = (from + 2) / 3 * 3
                while q + 2 <= to {
                    row(contract.id, k, period: .quarter(q), value: value(q + 2), endMonth: q + 2, &rng)
                    q += 3
                }
            default:  // annually: the generator plans only the three named frequencies
                var y = (from - 3 + 11) / 12 * 12 + 3
                while y + 11 <= to {
                    row(contract.id, k, period: .year(y), value: value(y + 11), endMonth: y + 11, &rng)
                    y += 12
                }
            }
        }
    }

    enum PeriodText { case month(Int), quarter(Int), year(Int) }

    mutating func row(_ contract: String, _ k: KPIPlan, period: PeriodText, value: Double, endMonth: Int, _ rng: inout SplitMix64) {
        let b = Self.quarter(endMonth) - firstQuarter
        let note: String? = rng.chance(0.01) ? rng.pick(Self.notes) : nil
        append(to: b, contract, k, period, value, note)
        // About one row in 250 is restated in the next quarter's file: a correction.
        if rng.chance(0.004), b + 1 < buckets.count {
            let corrected = max(0, value * rng.double(in: 0.95...1.05))
            append(to: b + 1, contract, k, period, k.template.unit == .percent ? min(100, corrected) : corrected, "Correction: supplier restated the figure")
        }
    }

    mutating func append(to b: Int, _ contract: String, _ k: KPIPlan, _ period: PeriodText, _ value: Double, _ note: String?) {
        rows += 1
        buckets[b].add(contract)
        buckets[b].byte(0x2C)
        buckets[b].add(k.template.slug)
        buckets[b].byte(0x2C)
        switch period {
        case .month(let m):
            buckets[b].int(m / 12)
            buckets[b].byte(0x2D)
            buckets[b].padded(m % 12 + 1, width: 2)
        case .quarter(let q):
            buckets[b].int(q / 12)
            buckets[b].add("-Q")
            buckets[b].int(q % 12 / 3 + 1)
        case .year(let y):
            buckets[b].add(MonthDay.label(startYear: y / 12))
        }
        buckets[b].byte(0x2C)
        buckets[b].number(value, decimals: k.template.decimals)
        buckets[b].byte(0x2C)
        if let note { buckets[b].csv(note) }
        buckets[b].newline()
    }
}
