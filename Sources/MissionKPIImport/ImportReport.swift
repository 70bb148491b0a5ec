/// What an import did: counts, the lines to show (new and updated files, kept edits, notes) and the
/// files written.
public struct ImportReport: Sendable {
    public var files = 0, releases = 0, processes = 0
    /// Contract files created, updated, left as they were, and contracts of the notices not written.
    public var created = 0, updated = 0, unchanged = 0, notWritten = 0
    public var departmentsCreated = 0
    /// KPIs and KPI exemptions in the contracts the notices describe.
    public var kpis = 0, exemptions = 0
    /// Published (UK9) assessments read, and how many of them the tracker did not hold yet.
    public var publishedRead = 0, publishedRecorded = 0
    public var keptEdits = 0
    /// Releases whose id could not be used (none, or one shaped like a telephone number).
    public var unusableReleaseIDs = 0
    /// Workspace-relative paths written, sorted.
    public var written: [String] = []
    /// One line per contract file created or updated, kept edit and note, in order.
    public var lines: [String] = []

    /// Whether anything in the workspace or the tracker changed.
    public var changedAnything: Bool { !written.isEmpty || publishedRecorded > 0 }

    /// The one-line summary.
    public var summary: String {
        "imported \(files) file\(files == 1 ? "" : "s") (\(releases) releases, \(processes) contracting processes): "
            + "\(created + updated + unchanged) contract\(created + updated + unchanged == 1 ? "" : "s") (\(created) new, \(updated) updated, \(unchanged) unchanged), "
            + "\(kpis) KPI\(kpis == 1 ? "" : "s"), \(exemptions) exemption\(exemptions == 1 ? "" : "s"), \(departmentsCreated) new department\(departmentsCreated == 1 ? "" : "s"), "
            + "\(publishedRead) published assessment\(publishedRead == 1 ? "" : "s") (\(publishedRecorded) new in the tracker)"
            + (keptEdits > 0 ? ", kept \(keptEdits) edit\(keptEdits == 1 ? "" : "s")" : "")
            + (notWritten > 0 ? ", \(notWritten) contract\(notWritten == 1 ? "" : "s") without a file (see the notes)" : "")
            + (written.isEmpty && publishedRecorded == 0
                ? "; nothing changed" : "; \(written.count) file\(written.count == 1 ? "" : "s") written")
    }
}
