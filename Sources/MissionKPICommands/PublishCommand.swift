import MissionKPI
import MissionKPIHistory
import MissionKPIPublish
import MissionKPIStore

/// What `publish` is asked: where, when, into which folder, and since which revision.
public struct PublishRequest: Sendable {
    public var place: Place
    public var asOf: Day
    /// The folder to write the site to.
    public var out: String
    /// A git revision to compare with instead of the previous publish.
    public var since: String?
    /// When any new returns are recorded (ISO 8601).
    public var recordedAt: String

    /// A request.
    public init(place: Place, asOf: Day, out: String, since: String? = nil, recordedAt: String) {
        (self.place, self.asOf, self.out, self.since, self.recordedAt) = (place, asOf, out, since, recordedAt)
    }
}

/// `missionkpi publish`: record the returns, judge, and write the site, Markdown reports and open data.
public enum PublishCommand {
    /// Records what is new, then publishes as at `asOf` into `out`. The returns files are read and hashed
    /// on another core while the workspace loads; when every one was recorded before, the tracker is read
    /// at once (read-only, never written). Nothing is written when a returns file or the workspace has a
    /// problem. Phases: load, record, read tracker, publish.
    public static func run(_ r: PublishRequest, io: any CommandIO) throws -> CommandResult {
        let place = r.place
        let found = ReturnsFinder.find([], workspaceRoot: place.workspace)
        let existing = try place.openIfExists(io: io)
        let reading = try place.startReading(found.inputs, knownTo: existing, io: io)
        let ahead = ObservationsAhead(reading: reading, tracker: existing)
        let ws = try Workspaces.load(place, io: io)
        let basis = try reviewBasis(r, io: io)
        // Nothing new to record: the read-only tracker serves (never written); else a writer records.
        var known = ahead.alreadyRecorded()
        if known == nil, existing != nil, found.inputs.isEmpty {
            reading.cancel()
            known = []
        }
        let tracker = try known.flatMap { _ in existing } ?? place.open(create: true, io: io)
        let outcomes = try orFail(io) {
            try io.phase("record") {
                try known ?? tracker.record(reading, validator: ReturnsValidator(workspace: ws), recordedAt: r.recordedAt)
            }
        }
        var rejected = 0
        for case .rejected(let path, let diagnostics) in outcomes {
            RecordCommand.reportRejected(path, diagnostics, io: io)
            rejected += 1
        }
        if rejected > 0 {
            io.message("\(rejected) returns file\(rejected == 1 ? "" : "s") with problems; fix them and publish again. Nothing was published.")
            throw CommandError.failed
        }
        let recorded = RecordSummary(outcomes)
        let (observations, published) = try orFail(io) {
            (try io.phase("read tracker") { try ahead.observationSet() ?? tracker.observationSet() }, try tracker.publishedAssessments())
        }
        let summary: SiteSummary
        do {
            summary = try io.phase("publish") {
                try Publisher.publish(ws, observations: observations, asOf: r.asOf, to: r.out, since: basis, published: published)
            }
        } catch {
            io.message("error: \(error)")
            throw CommandError.failed
        }
        io.message(
            "recorded \(recorded.recordedFiles) returns file(s) (\(recorded.alreadyRecordedFiles) already recorded); published \(summary.pages) pages, \(summary.files) files, \(summary.bytes) bytes to \(r.out) as at \(r.asOf) (\(summary.written) written, \(summary.removed) removed)")
        return CommandResult()
    }

    /// `--since REV`: the workspace at an earlier git revision, judged as at that commit's date (or `asOf`,
    /// when earlier), for "Changes since the last review". Nil without `--since`.
    static func reviewBasis(_ r: PublishRequest, io: any CommandIO) throws -> ReviewBasis? {
        guard let since = r.since else { return nil }
        do {
            let earlier = try WorkspaceHistory.load(.revision(since), root: r.place.workspace)
            return ReviewBasis(workspace: earlier.workspace, label: earlier.label, asOf: min(earlier.revision?.date ?? r.asOf, r.asOf))
        } catch {
            io.message("error: --since: \(error)")
            throw CommandError.failed
        }
    }
}
