/// The targets of issue 8 and issue 16, on the 2-core machine, release build: at 10,000 contracts, and
/// (peak memory of the publish phases, issue 16) at 50,000.
enum Targets {
    static let size = 10_000
    static let bigSize = 50_000
    static let peakBytes = 1_536 * 1_048_576
    static let maxScaling = 5.5
    /// Issue 16: the whole site at 10k, open data included, and per contract.
    static let siteBytes = 600 * 1_000_000
    static let siteBytesPerContract = 60_000

    /// The target for a phase at 10k (or 50k), as text, and whether a measurement meets it.
    static func check(_ m: Measurement) -> (target: String, pass: Bool?) {
        let publishing = m.phase.hasPrefix("publish") || m.phase.hasPrefix("re-publish")
        if m.contracts == bigSize, publishing {
            guard m.stoppedAfter == nil, m.seconds != nil else { return ("≤ 1.5 GB", false) }
            return ("≤ 1.5 GB", (m.peakBytes ?? 0) <= peakBytes)
        }
        guard m.contracts == size else { return ("", nil) }
        if m.stoppedAfter != nil {  // stopped at the time limit: fails whatever target applies
            let target = check(Measurement(phase: m.phase, contracts: size, seconds: 0, peakBytes: 0)).target
            return (target, target.isEmpty ? nil : false)
        }
        guard let s = m.seconds else { return ("", nil) }
        let memoryOK = (m.peakBytes ?? 0) <= peakBytes
        switch m.phase {
        case "validate": return ("≤ 3 s, ≤ 1.5 GB", s <= 3 && memoryOK)
        case "record", "record, after load": return ("≥ 300k rows/s, ≤ 1.5 GB", (m.rowsPerSecond ?? 0) >= 300_000 && memoryOK)
        case "record (PostgreSQL)", "record (PostgreSQL), after load":
            return ("≥ 150k rows/s, ≤ 1.5 GB", (m.rowsPerSecond ?? 0) >= 150_000 && memoryOK)
        case "read tracker (PostgreSQL)": return ("≤ 1 s", s <= 1)
        case "re-record": return ("≤ 1 s, ≤ 1.5 GB", s <= 1 && memoryOK)
        case "align + assess", "align + assess, after load": return ("≤ 2 s, ≤ 1.5 GB", s <= 2 && memoryOK)
        case "publish": return ("≤ 5 s from an empty tracker, ≤ 1.5 GB", s <= 5 && memoryOK)
        case "re-publish, unchanged": return ("≤ 1 s, ≤ 1.5 GB", s <= 1 && memoryOK)
        case "re-publish, one new month": return ("≤ 5 s, ≤ 1.5 GB", s <= 5 && memoryOK)
        case "align", "assess": return ("≤ 1.5 GB (time: see align + assess)", memoryOK)
        default: return ("", nil)
        }
    }
}
