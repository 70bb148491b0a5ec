import MissionKPI

/// Draws one contract plan. The shares of each kind of problem are documented in
/// Documentation/Generator.md; keep the two in step.
struct ContractPlanner {
    let options: GeneratorOptions
    let missions: [MissionPlan]
    let departments: [DepartmentPlan]

    static let regions = [
        "North East", "North West", "Yorkshire and the Humber", "East Midlands", "West Midlands", "East of England",
        "London", "South East", "South West", "Wales", "Scotland", "Northern Ireland", "national",
    ]
    static let supplierWords = [
        "Northbridge", "Albion", "Meridian", "Keystone", "Harbour", "Pennine", "Thames", "Severn", "Caledonia",
        "Beacon", "Summit", "Riverside", "Oakfield", "Lighthouse", "Crown", "Greenway", "Brightwater", "Ashdown",
    ]
    static let supplierNouns = [
        "Health Services", "Infrastructure", "Consulting", "Care", "Energy Solutions", "Facilities", "Digital",
        "Learning", "Security", "Transport", "Analytics", "Support Services",
    ]

    func plan(_ index: Int, in department: DepartmentPlan) -> ContractPlan {
        var rng = SplitMix64(seed: options.seed, stream: 3, index: index)
        let mission = rng.chance(0.9) ? missions[department.missionIndex % missions.count] : rng.pick(missions)
        let corpus = mission.corpus
        let title = rng.pick(corpus.services) + " (" + rng.pick(Self.regions) + ")"

        // Dates: most contracts run through the whole returns window; some start inside it, some end inside it.
        let e = MonthOrdinal.of(options.endMonth), w = e - options.months + 1
        let startMonth: Int, endMonth: Int
        switch rng.weighted([0.9, 0.05, 0.05]) {
        case 0:
            startMonth = rng.int(in: min(w, 2021 * 12 + 3)...w)
            endMonth = e + rng.int(in: 1...48)
        case 1:
            startMonth = rng.int(in: (w + 1)...max(w + 1, e - 2))
            endMonth = startMonth + rng.int(in: 24...60) - 1
        default:
            startMonth = rng.int(in: (w - 36)...(w - 12))
            endMonth = rng.int(in: min(w + 2, e - 1)...max(w + 2, e - 1))
        }
        let start = MonthOrdinal.firstDay(startMonth), end = MonthOrdinal.lastDay(endMonth)

        // Value: log-uniform from £100k to about £300m.
        var amount = Int(pow10(rng.double(in: 5.0...8.5)) / 1000) * 1000
        let includesVAT = rng.chance(0.9)
        var procedure = [Procedure.open, .competitiveFlexible, .direct, .callOff, .framework, .lightTouch, .concession][
            rng.weighted([40, 15, 8, 25, 5, 5, 2])]
        var kpiCount = options.kpisPerContract + Int((rng.unit() + rng.unit() + rng.unit() + rng.unit() - 2) * 2.4)
        kpiCount = min(10, max(3, kpiCount))
        var exemption: String?
        switch rng.weighted([0.965, 0.015, 0.015, 0.005]) {
        case 1:  // over £5m with fewer than three KPIs (kpis-required-over-threshold)
            amount = max(amount, 6_000_000 + rng.int(in: 0...40) * 1_000_000)
            kpiCount = rng.int(in: 0...2)
        case 2:  // exempt, with a reason (s.52(2)); no KPIs
            procedure = rng.chance(0.5) ? .framework : .concession
            exemption = "A framework agreement: KPIs are set in each call-off contract under it."
            kpiCount = 0
        case 3:  // `kpi_exemption: true`: an exemption without a reason
            exemption = ""
            kpiCount = 0
        default:
            if rng.chance(0.005) { kpiCount = rng.int(in: 11...14) }  // too-many-kpis
        }
        let gross = includesVAT ? amount : amount + amount / 5
        let tier = gross > 100_000_000 ? "platinum" : gross > 20_000_000 ? "gold" : gross > 5_000_000 ? "silver" : "bronze"

        // Owners: mostly a manager and an SRO of the department; a few missing, a few borrowed from elsewhere.
        var manager: String? = DepartmentPlan.personID(rng.int(in: department.managerRange.lowerBound...(department.managerRange.upperBound - 1)))
        let ownerDraw = rng.weighted([0.96, 0.02, 0.02])
        if ownerDraw == 1 { manager = nil }
        if ownerDraw == 2, departments.count > 1 {
            let other = departments[(department.index + 1) % departments.count]
            manager = other.id + "/" + DepartmentPlan.personID(other.managerRange.lowerBound)
        }
        let seniorOwner: String? = rng.chance(0.04) ? nil : DepartmentPlan.personID(rng.int(in: 0...(department.seniorOwnerRange.upperBound - 1)))

        var contributes: [(node: String, rationale: String?)] = []
        let linkCount = rng.weighted([0.05, 0.75, 0.2])  // 5% contribute to nothing
        for i in 0..<linkCount {
            let node = i == 0 ? rng.pick(mission.outputs).id : rng.pick(mission.outcomes).id
            let rationale = rng.chance(0.8) ? "The contract delivers \(title.prefix { $0 != "(" }.lowercased())which this depends on." : nil
            contributes.append((mission.id + "/" + node, rationale))
        }

        let kpis = planKPIs(count: kpiCount, mission: mission, start: start, end: end, gross: gross, rng: &rng)
        let ocid: String? = rng.chance(0.7) ? "ocds-h6vhtk-" + hex(rng.next(), digits: 6) : nil
        let sme = rng.chance(0.35), vcse = rng.chance(0.05)
        let supplierName = rng.pick(Self.supplierWords) + " " + rng.pick(Self.supplierNouns) + (vcse ? " CIC" : rng.chance(0.2) ? " plc" : " Ltd")
        // A supplier is one company wherever it works: its Companies House number follows from its name, so the
        // same name in several departments is the same supplier (the draw is still made, keeping the others).
        let hasID = rng.chance(0.85)
        _ = rng.int(in: 10_000_000...99_999_999)
        let supplierID: String? = hasID ? "GB-COH-" + String(Self.companyNumber(supplierName)) : nil
        let procurementStart: Day? = rng.chance(0.05) ? MonthOrdinal.firstDay(endMonth - 24) : nil
        var idText = TextBuffer(capacity: 32)
        idText.add(department.id)
        idText.byte(0x2D)
        idText.int(start.year)
        idText.byte(0x2D)
        idText.padded(index + 1, width: 5)
        return ContractPlan(
            id: String(decoding: idText.bytes, as: UTF8.self), department: department, mission: mission, title: title,
            ocid: ocid, supplierName: supplierName, supplierID: supplierID, sme: sme, vcse: vcse, amount: amount,
            includesVAT: includesVAT, start: start, end: end, procedure: procedure, tier: tier, manager: manager,
            seniorOwner: seniorOwner, exemption: exemption, procurementStart: procurementStart, contributesTo: contributes,
            kpis: kpis)
    }

    /// A Companies House-style number (8 digits, from 10000000) fixed by the supplier's name (FNV-1a).
    static func companyNumber(_ name: String) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in name.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return 10_000_000 + Int(h % 90_000_000)
    }

    func pow10(_ x: Double) -> Double {
        var r = 1.0
        for _ in 0..<Int(x) { r *= 10 }
        return r * exp2(((x - Double(Int(x))) * 3.321928094887362))
    }

    func exp2(_ x: Double) -> Double {
        // 2^x for 0 ≤ x < 4 by squaring a series: deterministic, no libm dependence on the platform.
        var term = 1.0, sum = 1.0
        let y = x * 0.6931471805599453
        for n in 1...30 {
            term *= y / Double(n)
            sum += term
        }
        return sum
    }

    func hex(_ v: UInt64, digits: Int) -> String {
        let chars = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for i in (0..<digits).reversed() { out.append(chars[Int((v >> UInt64(i * 4)) & 0xF)]) }
        return String(decoding: out, as: UTF8.self)
    }
}
