#if !MISSIONKPI_NO_POSTGRES
import Foundation
import MissionKPI
import MissionKPIStore
import MissionKPIStorePostgres

extension OCDSImporter {
    /// `write(_:root:trackerPath:options:)` for a tracker on a PostgreSQL server (`--db postgresql://…`
    /// or `tracker.url`): the published assessments it does not hold yet are recorded in the same
    /// transaction that renames the files into place (`Tracker.recordPublished(_:alongside:)`), so the
    /// workspace and the tracker change together or not at all.
    static func write(_ plan: ImportPlan, root: String, server: TrackerAddress, options: ImportOptions) throws -> Int {
        var fresh: [PublishedAssessment] = []
        var tracker: Tracker?
        if !plan.published.isEmpty {
            do {
                var held = Set<[String]>()
                do {
                    held = Set(try server.openForReading().publishedAssessments().map(Self.key))
                } catch TrackerError.missing, TrackerError.olderSchema {}  // recording sets it up
                var seen = Set<[String]>()
                fresh = plan.published.filter { !held.contains(Self.key($0)) && seen.insert(Self.key($0)).inserted }
                if !fresh.isEmpty { tracker = try server.open(create: true) }
            } catch {
                throw ImportError.tracker("cannot use the tracker: \(error.localizedDescription)")
            }
        }
        var files = FileTransaction(root: root, writes: plan.writes)
        files.beforeRename = options.beforeRename
        do {
            try files.prepare()
            if let tracker, !fresh.isEmpty {
                try tracker.recordPublished(fresh, alongside: { try files.commit() })
            } else {
                try files.commit()
            }
        } catch {
            files.rollback()
            if error is ImportError { throw error }
            throw ImportError.files("the import failed while writing: \(error.localizedDescription)")
        }
        files.finish()
        return fresh.count
    }
}
#endif
