import MissionKPI
import MissionKPIHistory
import MissionKPIPublish
import MissionKPIStore

/// What `publish` is asked: where, as at when, into which folder, compared with what, dated when.
public struct PublishRequest: Sendable {
    public var place: Place
    public var asOf: Day
    /// The folder to write the site to.
    public var out: String
    /// A git revision to compare with instead of the previous publish.
    public var since: String?
    /// The publication date the site states (nil: the as-of date).
    public var publishedOn: Day?
    /// When any new returns are recorded (ISO 8601, from the caller's clock).
    public var recordedAt: String
    /// Hears each step and, while the site is written, every file (from any thread): a progress line.
    public var progress: PublishProgressHandler?

    /// A request.
    public init(place: Place, asOf: Day, out: String, since: String? = nil, publishedOn: Day? = nil, recordedAt: String) {
        (self.place, self.asOf, self.out, self.since, self.publishedOn, self.recordedAt) = (place, asOf, out, since, publishedOn, recordedAt)
    }
}

/// What `publish` did: the returns files it recorded and the site it wrote.
public struct PublishOutcome: Sendable {
    public var recorded: RecordSummary
    public var site: SiteSummary
}

/// `missionkpi publish` as one library call: record what is new, judge, write the site.
public enum PublishCommand {
    /// Records the workspace's returns files not recorded before, then publishes as at `asOf` into `out`.
    /// The returns files are read and hashed on another core while the workspace loads; when every one was
    /// recorded before, the tracker is read at once on another core (read-only, never written). Nothing is
    /// published when a returns file or the workspace has a problem. When the folder already holds the site of
    /// the same inputs (`PublishStamp`) nothing is loaded or written. The folder's last snapshot is decoded on
    /// another core while the workspace loads. Phases: check, load, record, read tracker, publish.
    public static func run(_ r: PublishRequest, io: any CommandIO) throws -> PublishOutcome {
        let place = r.place
        let found = ReturnsFinder.find([], workspaceRoot: place.workspace)
        let existing = try place.openIfExists(io: io)
        let reading = try place.startReading(found.inputs, knownTo: existing, io: io)
        let ahead = ObservationsAhead(reading: reading, tracker: existing)
        // The folder already holds the site of these very inputs: stop before loading anything.
        if let site = io.phase("check", { alreadyPublished(r, existing: existing, ahead: ahead, noFiles: found.inputs.isEmpty) }) {
            return PublishOutcome(recorded: RecordSummary(ahead.alreadyRecorded() ?? []), site: site)
        }
        r.progress?(PublishProgress(step: .loading))
        // The last review's snapshot is decoded on another core meanwhile (read-only; `--since` needs none).
        let previous = r.since == nil ? SnapshotAhead(folder: r.out) : nil
        let ws = try place.loadWorkspace(io: io)
        let basis = try reviewBasis(r, io: io)
        // Nothing new to record: the read-only tracker serves (never written); else a writer records.
        var known = ahead.alreadyRecorded()
        if known == nil, existing != nil, found.inputs.isEmpty {
            reading.cancel()
            known = []
        }
        let tracker = try known.flatMap { _ in existing } ?? place.open(create: true, io: io)
        r.progress?(PublishProgress(step: .recording))
        let outcomes = try orFail(io) {
            try io.phase("record") {
                try known ?? tracker.record(reading, validator: ReturnsValidator(workspace: ws), recordedAt: r.recordedAt)
            }
        }
        try stopOnRejected(outcomes, io: io)
        let (observations, published) = try orFail(io, describe: said) {
            try io.phase("read tracker") { try ahead.observationSetAndPublished() ?? tracker.observationSetAndPublished() }
        }
        let key = r.since == nil ? try? PublishStamp.key(workspaceHash: ws.contentHash, trackerKey: tracker.contentKey(), asOf: r.asOf, publishedOn: r.publishedOn) : nil
        let site = try orFail(io, describe: said) {
            try io.phase("publish") {
                try Publisher.publish(
                    ws, observations: observations, asOf: r.asOf, to: r.out, since: basis, published: published, publishedOn: r.publishedOn,
                    key: key, progress: r.progress, previous: previous.map { ahead in { ahead.wait(io: io) } })
            }
        }
        return PublishOutcome(recorded: RecordSummary(outcomes), site: site)
    }

    /// The site in `out` when it is already the publish of these inputs (no new returns file, the same
    /// workspace files, tracker, dates and tool: `PublishStamp`), found without loading the workspace; nil
    /// otherwise, or with `--since`.
    static func alreadyPublished(_ r: PublishRequest, existing: Tracker?, ahead: ObservationsAhead, noFiles: Bool) -> SiteSummary? {
        guard r.since == nil, let existing, noFiles || ahead.alreadyRecorded() != nil,
            let files = WorkspaceLoader.contentHash(at: r.place.workspace), let tracker = try? existing.contentKey()
        else { return nil }
        return PublishStamp.isCurrent(r.out, key: PublishStamp.key(workspaceHash: files, trackerKey: tracker, asOf: r.asOf, publishedOn: r.publishedOn))
    }

    /// Every rejected file's problems, and the command failed before anything is published when there was one.
    static func stopOnRejected(_ outcomes: [RecordOutcome], io: any CommandIO) throws {
        var count = 0
        for case .rejected(let path, let diagnostics) in outcomes {
            RecordWords.rejected(path, diagnostics, io: io)
            count += 1
        }
        guard count > 0 else { return }
        io.error("\(count) returns file\(count == 1 ? "" : "s") with problems; fix them and publish again. Nothing was published.")
        throw CommandFailed()
    }

    /// `--since REV`: the workspace at an earlier git revision, judged as at that commit's date (or `asOf`,
    /// when earlier), for "Changes since the last review". Nil without `--since`.
    static func reviewBasis(_ r: PublishRequest, io: any CommandIO) throws -> ReviewBasis? {
        guard let since = r.since else { return nil }
        do {
            let earlier = try WorkspaceHistory.load(.revision(since), root: r.place.workspace)
            return ReviewBasis(workspace: earlier.workspace, label: earlier.label, asOf: min(earlier.revision?.date ?? r.asOf, r.asOf))
        } catch {
            io.error("error: --since: \(error)")
            throw CommandFailed()
        }
    }
}
