import MissionKPI

/// The workspace the history tests start from: the rule examples' workspace with two more KPIs on `c1`
/// (one carrying a waiver) and a second milestone, so every kind of moved goalpost has something to move.
enum HistoryWorkspace {
    static let contract = "Contracts/dept/c1.yaml"
    static let mission = "Missions/demo.yaml"

    static let extraKPIs = """
          - id: told-in-14-days
            title: Patients told their result within 14 days
            level: outcome
            measures: demo/faster-diagnosis
            unit: percent
            direction: increase
            baseline: {value: 50, date: 2024-09-30}
            target: {value: 85, date: 2027-06-30}
            frequency: monthly
            data_source: independent
          - id: self-reported
            title: Scans reported on time
            level: outcome
            measures: demo/faster-diagnosis
            unit: percent
            direction: increase
            baseline: {value: 65, date: 2024-09-30}
            target: {value: 80, date: 2027-06-30}
            frequency: monthly
            data_source: supplier
            waivers:
              - rule: supplier-only-data
                reason: An independent audit of scan logs starts in 2027.
                approved_by: p-sro
                expires: 2027-01-31

        """

    static let extraMilestone = """
          - id: tested-in-6-weeks
            title: 95% of patients tested within 6 weeks
            unit: percent
            direction: increase
            baseline: {value: 70, date: 2024-09-30}
            target: {value: 95, date: 2028-03-31}

        """

    /// The files, by workspace-relative path.
    static var files: [String: String] {
        var files = ExampleWorkspace.files
        files[contract] = files[contract]! + extraKPIs
        files[mission] = files[mission]!.replacingOccurrences(of: "milestones:\n", with: "milestones:\n" + extraMilestone)
        return files
    }
}
