import MissionKPI

/// Writes one synthetic department file (`Contracts/<dept>/department.yaml`): leaders, senior
/// responsible owners and contract managers, with grades, specialism and accreditation that vary
/// as they do in practice (some junior managers, some lapsed or missing accreditations).
enum DepartmentWriter {
    static let firstNames = [
        "Amara", "Ben", "Chloe", "Dev", "Eleanor", "Femi", "Grace", "Hamza", "Isla", "James", "Kiran", "Laura",
        "Mohammed", "Niamh", "Owen", "Priya", "Rhys", "Sara", "Tom", "Uma", "Victor", "Wendy", "Yusuf", "Zoe",
        "Aled", "Bethan", "Callum", "Deborah", "Ewan", "Fatima", "Gareth", "Harriet",
    ]
    static let lastNames = [
        "Adeyemi", "Brown", "Campbell", "Davies", "Evans", "Fraser", "Green", "Hughes", "Iqbal", "Jones", "Khan",
        "Lewis", "Morgan", "Nowak", "O'Brien", "Patel", "Quinn", "Roberts", "Singh", "Taylor", "Underwood",
        "Vaughan", "Walker", "Xu", "Young", "Zielinski", "Ahmed", "Begum", "Clarke", "Doyle", "Ellis", "Foster",
    ]

    static func render(_ plan: DepartmentPlan, seed: UInt64) -> TextBuffer {
        var rng = SplitMix64(seed: seed, stream: 4, index: plan.index)
        var out = TextBuffer(capacity: plan.people * 160 + 200)
        out.add("# Synthetic department written by 'missionkpi generate'; the people are fictional.\n")
        out.field("id", plan.id)
        out.field("name", plan.name)
        out.add("people:\n")
        for n in 0..<plan.people {
            let name = rng.pick(firstNames) + " " + rng.pick(lastNames)
            let role: String, grade: Grade, specialist: Bool, level: AccreditationLevel
            if n == 0 {
                (role, grade, specialist, level) = ("Director General, Delivery", .SCS2, false, .none)
            } else if n == 1 {
                (role, grade, specialist, level) = ("Deputy Director, Commercial", .SCS1, true, .expert)
            } else if plan.seniorOwnerRange.contains(n) {
                grade = [Grade.G6, .G6, .G6, .SCS1, .SCS1, .SCS2][rng.int(in: 0...5)]
                role = grade == .G6 ? "Head of Programme" : "Deputy Director, Programme Delivery"
                specialist = rng.chance(0.3)
                level = [AccreditationLevel.none, .none, .practitioner, .expert][rng.int(in: 0...3)]
            } else {
                grade = [Grade.EO, .HEO, .HEO, .HEO, .SEO, .SEO, .SEO, .G7, .G7, .HEO, .SEO, .G7][rng.int(in: 0...11)]
                specialist = rng.chance(0.65)
                role = specialist ? "Commercial Contract Manager" : "Contract Manager (policy team)"
                level = [AccreditationLevel.none, .foundation, .foundation, .foundation, .practitioner, .practitioner, .expert][rng.int(in: 0...6)]
            }
            out.field("- id", DepartmentPlan.personID(n), indent: 2)
            out.field("name", name, indent: 4)
            out.field("role", role, indent: 4)
            out.field("grade", grade.rawValue, indent: 4)
            out.key("commercial_specialist", indent: 4)
            out.add(specialist ? "true\n" : "false\n")
            out.key("accreditation", indent: 4)
            if level == .none {
                out.add("{level: none}\n")
            } else {
                // Foundation is renewed every two years: dates from 2020 leave some lapsed.
                let date = Day(year: rng.int(in: 2020...2026), month: rng.int(in: 1...9), day: rng.int(in: 1...28))!
                out.add("{level: ")
                out.add(level.rawValue)
                out.add(", date: ")
                out.day(date)
                out.add("}\n")
            }
        }
        return out
    }
}
