import MissionKPI

/// One synthetic department: its id and name, the mission most of its contracts serve, its contracts
/// (by global index) and the shape of its staff list, which contracts refer to by person id.
struct DepartmentPlan: Sendable {
    var index: Int
    var id: String
    var name: String
    var missionIndex: Int
    var contracts: [Int] = []

    /// Directors (SCS2) and the commercial deputy director (SCS1) come first.
    static let leaders = 2
    var seniorOwners: Int { max(2, contracts.count / 25) }
    var managers: Int { max(3, contracts.count / 7) }
    var people: Int { Self.leaders + seniorOwners + managers }

    /// Person ids of senior responsible owners and of contract managers.
    var seniorOwnerRange: Range<Int> { 0..<(Self.leaders + seniorOwners) }
    var managerRange: Range<Int> { (Self.leaders + seniorOwners)..<people }

    static func personID(_ n: Int) -> String {
        var t = TextBuffer(capacity: 8)
        t.add("p-")
        t.padded(n + 1, width: 4)
        return String(decoding: t.bytes, as: UTF8.self)
    }

    /// The sixteen ministerial departments with a mission they mostly serve, then numbered arm's-length bodies.
    static let known: [(id: String, name: String, mission: Int)] = [
        ("dhsc", "Department of Health and Social Care", 1), ("dft", "Department for Transport", 0),
        ("home-office", "Home Office", 2), ("dfe", "Department for Education", 3),
        ("desnz", "Department for Energy Security and Net Zero", 4), ("mhclg", "Ministry of Housing, Communities and Local Government", 0),
        ("moj", "Ministry of Justice", 2), ("dwp", "Department for Work and Pensions", 3),
        ("defra", "Department for Environment, Food and Rural Affairs", 4), ("dsit", "Department for Science, Innovation and Technology", 0),
        ("dbt", "Department for Business and Trade", 0), ("cabinet-office", "Cabinet Office", 0),
        ("dcms", "Department for Culture, Media and Sport", 3), ("mod", "Ministry of Defence", 2),
        ("hmrc", "HM Revenue and Customs", 0), ("fcdo", "Foreign, Commonwealth and Development Office", 0),
    ]

    init(index: Int, missionCount: Int) {
        self.index = index
        if index < Self.known.count {
            id = Self.known[index].id
            name = Self.known[index].name
            missionIndex = Self.known[index].mission
        } else {
            var t = TextBuffer(capacity: 12)
            t.add("alb-")
            t.padded(index + 1, width: 3)
            id = String(decoding: t.bytes, as: UTF8.self)
            name = "Arm's-length body \(index + 1)"
            missionIndex = index % missionCount
        }
        // Later missions (regional programmes) get departments of their own too.
        if missionCount > MissionCorpus.all.count, index >= MissionCorpus.all.count {
            missionIndex = index % missionCount
        }
    }

    /// Plans the departments and deals each contract to one, with sizes that vary (some departments
    /// buy several times as much as others), deterministically.
    static func plan(_ options: GeneratorOptions) -> [DepartmentPlan] {
        let count = options.departmentCount
        var departments = (0..<count).map { DepartmentPlan(index: $0, missionCount: options.missionCount) }
        var rng = SplitMix64(seed: options.seed, stream: 5, index: 0)
        var cumulative: [Double] = []
        var total = 0.0
        for _ in 0..<count {
            total += rng.double(in: 0.4...2.0)
            cumulative.append(total)
        }
        for c in 0..<options.contracts {
            // The first contracts go round-robin so every department has at least one.
            let d: Int
            if c < count {
                d = c
            } else {
                var r = SplitMix64(seed: options.seed, stream: 6, index: c)
                let x = r.unit() * total
                var lo = 0, hi = count - 1
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if cumulative[mid] > x { hi = mid } else { lo = mid + 1 }
                }
                d = lo
            }
            departments[d].contracts.append(c)
        }
        return departments
    }
}
