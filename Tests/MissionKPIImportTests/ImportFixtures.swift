import Foundation

@testable import MissionKPI

/// Small helpers shared by the import tests.
enum ImportFixtures {
    /// The repository root (the folder holding Package.swift).
    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        return FileManager.default.currentDirectoryPath
    }()

    static let here = FieldLocations(file: "", mark: Mark(line: 0, column: 0))

    static func kpi(title: String) -> KPI? {
        KPI(
            id: "1", title: title, description: nil, level: nil, measures: nil, unit: nil, direction: nil, baseline: nil,
            target: nil, bands: nil, frequency: .quarterly, dataSource: nil, mostMaterial: false, waivers: [], sourceId: "1",
            inferred: [], locations: here)
    }

    static func contract(title: String, kpis: [KPI]) -> Contract {
        Contract(
            id: "c-1", ocid: "ocds-x-1", title: title, department: "d",
            supplier: Supplier(name: title.isEmpty ? "S" : title, id: nil, sme: nil, vcse: nil),
            value: Money(amount: Decimal(string: "1234.5")!, currency: "GBP", includesVAT: true),
            start: Day(parsing: "2026-01-01")!, end: Day(parsing: "2027-01-01")!, procedure: .open, tier: nil, manager: nil,
            seniorResponsibleOwner: nil, kpiExemption: nil, procurementStart: nil, contributesTo: [], kpis: kpis, waivers: [],
            source: ContractSource(ocid: "ocds-x-1", contract: "1", release: "r", date: Day(parsing: "2026-01-02"), notice: "UK7"),
            locations: here)
    }
}

extension ImportFixtures {
    /// A folder of the shared reference data beside the repository (or beside the folder holding a git
    /// worktree of it), e.g. `fts`; nil when absent.
    static func reference(_ name: String) -> String? {
        let root = URL(fileURLWithPath: repositoryRoot)
        return ["../shared/reference/", "../../shared/reference/"]
            .map { root.appendingPathComponent($0 + name).standardized.path }
            .first { FileManager.default.fileExists(atPath: $0) }
    }

    /// Runs `python3 args…` in the repository root; returns the exit status and standard output.
    static func python(_ args: [String]) throws -> (exit: Int32, stdout: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + args
        process.currentDirectoryURL = URL(fileURLWithPath: repositoryRoot)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("missionkpi-py-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out) }
        let handle = try FileHandle(forWritingTo: out)
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, try Data(contentsOf: out))
    }
}
