import Foundation
import MissionKPI
import MissionKPIStore
#if !MISSIONKPI_NO_POSTGRES
import MissionKPIStorePostgres
#endif

/// Where and how to import.
public struct ImportOptions: Sendable {
    /// The workspace folder (created files go under its `Contracts/` and `Imports/`).
    public var workspace: String
    /// The tracker for published assessments (default `<workspace>/.missionkpi/tracker.sqlite`).
    public var tracker: String?
    /// Called before each file is renamed into place (tests use it to fail part-way).
    var beforeRename: (@Sendable (String) throws -> Void)?
    /// Told how long each phase took (read, map, load, plan, verify, write), when set.
    public var timings: (@Sendable (_ phase: String, _ seconds: Double) -> Void)?

    /// Creates options.
    public init(workspace: String, tracker: String? = nil) {
        self.workspace = workspace
        self.tracker = tracker
    }
}

/// `missionkpi import ocds`: reads Find a Tender OCDS files and writes or updates the workspace's
/// contracts (keeping people's edits) and records published UK9 assessments in the tracker, all or
/// nothing. See Documentation/OCDS.md.
///
/// ```swift
/// let report = try OCDSImporter.run(paths: ["fts/"], options: ImportOptions(workspace: "."))
/// print(report.summary)
/// ```
public enum OCDSImporter {
    /// Runs the import. Throws `OCDSInputError` for bad input and `ImportError` for anything else;
    /// either way nothing was written.
    public static func run(paths: [String], options: ImportOptions) throws -> ImportReport {
        let root =
            options.workspace.count > 1 && options.workspace.hasSuffix("/") ? String(options.workspace.dropLast()) : options.workspace
        let clock = PhaseClock(report: options.timings)
        let files = try OCDSReader.findFiles(paths)
        let reader = try clock.time("read") { try OCDSReader.read(files) }
        let contents = try clock.time("map") { try OCDSMapping.map(reader.releases) }
        let workspace = try clock.time("load") { try ImportWorkspace.load(root) }
        let bases = try ImportWorkspace.records(root)
        var plan = clock.time("plan") { ImportPlanner.plan(contents, workspace: workspace, bases: bases) }
        try clock.time("verify") { try ImportWorkspace.verify(plan.writes, over: workspace, root: root) }
        if reader.linkedReleases > 0 {
            plan.lines.append(
                "note: \(reader.linkedReleases) linked release\(reader.linkedReleases == 1 ? "" : "s") (a url only) in record packages were not read; download them as release packages to import them"
            )
        }
        #if MISSIONKPI_NO_POSTGRES  // the fuzz build (Package.swift): SQLite alone
            let path = options.tracker ?? Tracker.defaultPath(workspaceRoot: root)
            let recorded = try clock.time("write") { try write(plan, root: root, trackerPath: path, options: options) }
        #else
            let address: TrackerAddress
            do { address = try TrackerAddress.parse(options.tracker ?? Tracker.defaultPath(workspaceRoot: root)) } catch {
                throw ImportError.tracker(error.localizedDescription)
            }
            let recorded: Int = try clock.time("write") {
                switch address {
                case .file(let path): return try write(plan, root: root, trackerPath: path, options: options)
                case .postgres: return try write(plan, root: root, server: address, options: options)
                }
            }
        #endif
        var report = ImportReport()
        (report.files, report.releases, report.processes) = (files.count, contents.releaseCount, contents.processCount)
        (report.created, report.updated, report.unchanged, report.notWritten) = (
            plan.created, plan.updated, plan.unchanged, plan.notWritten
        )
        (report.departmentsCreated, report.kpis, report.exemptions, report.keptEdits) = (
            plan.departments, plan.kpis, plan.exemptions, plan.keptEdits
        )
        (report.publishedRead, report.publishedRecorded) = (plan.published.count, recorded)
        report.unusableReleaseIDs = contents.unusableReleaseIDs
        report.written = plan.writes.keys.sorted()
        report.lines = plan.lines
        return report
    }

    /// Records the new published assessments and writes the files, in one go: the files are renamed
    /// into place inside the tracker's write transaction, and put back when anything fails.
    static func write(_ plan: ImportPlan, root: String, trackerPath: String, options: ImportOptions) throws -> Int {
        var fresh: [PublishedAssessment] = []
        var tracker: Tracker?
        let trackerExisted = Tracker.exists(at: trackerPath)
        let folderExisted = FileManager.default.fileExists(atPath: (trackerPath as NSString).deletingLastPathComponent)
        if !plan.published.isEmpty {
            do {
                // Read without writing first: a tracker that holds them all is not opened for writing.
                let held = trackerExisted ? try Tracker.publishedKeys(readOnlyAt: trackerPath) : []
                var seen = Set<[String]>()
                fresh = plan.published.filter { !held.contains(Self.key($0)) && seen.insert(Self.key($0)).inserted }
                if !fresh.isEmpty { tracker = try Tracker(path: trackerPath, create: true) }
            } catch {
                throw ImportError.tracker("cannot read the tracker '\(trackerPath)': \(error.localizedDescription)")
            }
        }
        var files = FileTransaction(root: root, writes: plan.writes)
        files.beforeRename = options.beforeRename
        do {
            try files.prepare()
            if let tracker, !fresh.isEmpty {
                try tracker.write { db in
                    try Tracker.recordPublished(fresh, in: db)
                    try files.commit()
                }
            } else {
                try files.commit()
            }
        } catch {
            files.rollback()
            if !trackerExisted { ImportWorkspace.removeTracker(trackerPath, folderExisted: folderExisted) }
            if error is ImportError { throw error }
            throw ImportError.files("the import failed while writing: \(error.localizedDescription)")
        }
        files.finish()
        return fresh.count
    }

    /// Times phases for `ImportOptions.timings` (monotonic clock; nothing measured without it).
    struct PhaseClock {
        let report: (@Sendable (String, Double) -> Void)?

        func time<T>(_ phase: String, _ body: () throws -> T) rethrows -> T {
            guard let report else { return try body() }
            let start = DispatchTime.now().uptimeNanoseconds
            defer { report(phase, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9) }
            return try body()
        }
    }

    /// What makes a published assessment the same one: the tracker's key.
    static func key(_ a: PublishedAssessment) -> [String] {
        [a.contract, a.kpi, a.periodStart.description, a.periodEnd.description, a.release]
    }
}
