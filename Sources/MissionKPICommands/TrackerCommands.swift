import MissionKPI
import MissionKPIPublish
import MissionKPIStore

/// `missionkpi observations` and `missionkpi history`: what the tracker holds, read-only.
public enum ObservationsCommand {
    /// A `CONTRACT/KPI` argument, split; nil when it is not written so.
    public static func kpiKey(_ text: String) -> (contract: String, kpi: String)? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        return (String(parts[0]), String(parts[1]))
    }

    /// The observations (current versions, or every version), or with `published` the UK9 assessments,
    /// of one contract or KPI or all; when a contract or KPI has none, a note with the nearest one.
    public static func list(
        _ place: Place, contract: String?, kpi: String?, allVersions: Bool, published: Bool, format: ObservationListing.Format,
        io: any CommandIO
    ) throws -> CommandResult {
        let tracker = try place.openForReading(io: io)
        let key = kpi.flatMap(kpiKey)
        if published {
            let wanted = key?.contract ?? contract
            let list = try orFail(io) {
                try tracker.publishedAssessments().filter { a in (wanted == nil || a.contract == wanted) && (key == nil || a.kpi == key?.kpi) }
            }
            return CommandResult(output: PublishedListing.render(list, format: format))
        }
        let list = try orFail(io) { try tracker.observations(contract: key?.contract ?? contract, kpi: key?.kpi, allVersions: allVersions) }
        if list.isEmpty, let asked = kpi ?? contract {
            let candidates = try orFail(io) { try tracker.kpiKeys() }
            let names = kpi != nil ? candidates : Array(Set(candidates.map { String($0.prefix { $0 != "/" }) }))
            io.message("the tracker holds no observations of \(quoted: asked)\(Suggest.didYouMean(asked, in: names))")
        }
        return CommandResult(output: ObservationListing.render(list, format: format))
    }

    /// Every recorded version of one KPI's observations; fails (with the nearest KPI) when there are none.
    public static func history(_ place: Place, kpi: String, format: ObservationListing.Format, io: any CommandIO) throws -> CommandResult {
        guard let key = kpiKey(kpi) else {
            throw CommandError.usage("\(quoted: kpi) must be written CONTRACT/KPI (e.g. dhsc-2025-0142/scan-turnaround)")
        }
        let tracker = try place.openForReading(io: io)
        let list = try orFail(io) { try tracker.history(contract: key.contract, kpi: key.kpi) }
        guard !list.isEmpty else {
            let keys = try orFail(io) { try tracker.kpiKeys() }
            io.message(
                "error: the tracker holds no observations of \(quoted: kpi)\(Suggest.didYouMean(kpi, in: keys)); record its returns with 'missionkpi record'")
            throw CommandError.failed
        }
        return CommandResult(output: ObservationListing.render(list, format: format))
    }
}
