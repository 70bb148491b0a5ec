import Foundation
import MissionKPI

/// The OCDS export: one release package (OCDS 1.1 with the metrics and UK extensions) holding, per
/// contract, a `contract` release with its KPIs as agreed metrics (what a contract details notice, UK7,
/// publishes) and, per contract whose s.71 assessment fell due in the 12 months to the as-of date, a
/// UK9-ready `implementation` release with the assessment's ratings. Pure: the same workspace,
/// assessment and date give the same bytes. No person's name or contact details are ever written.
///
/// ```swift
/// let export = OCDSExport.package(workspace, assessment: assessment, asOf: day)
/// try export.json.write(toFile: "ocds.json", atomically: true, encoding: .utf8)
/// export.notes   // ["publication.uri is not set: …"]
/// ```
public enum OCDSExport {
    /// What an export produced.
    public struct Result: Sendable {
        /// The release package as JSON ending with a line break: the package's fields indented, each
        /// release compact on a line of its own (half the size of an indented package, and a line per
        /// release for `grep` and `diff`).
        public var json: String
        /// How many `contract` releases it holds (one per contract).
        public var contractReleases: Int
        /// How many UK9-ready `implementation` releases it holds.
        public var implementationReleases: Int
        /// Things the person exporting should know (defaults used, contracts exported without a rationale).
        public var notes: [String]
    }

    /// The extensions the package declares: metrics (agreed metrics, implementation metrics) and the UK
    /// extension (`noAgreedMetricsRationale`, `measureClassification`, `amountGross`, `noticeType`).
    public static let extensions = [
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_metrics_extension/master/extension.json",
        "https://raw.githubusercontent.com/cabinetoffice/ocds_uk_extension/main/extension.json",
    ]

    /// The licence when `publication.license` is not set: the Open Government Licence v3.0, as Find a Tender uses.
    public static let defaultLicense = "http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"

    /// The placeholder prefix for contracts without an `ocid` when `publication.ocid_prefix` is not set.
    public static let placeholderPrefix = "ocds-xxxxxx"

    /// What `data/ocds.json` holds, for the open data page and the data dictionary.
    public static let dataSummary =
        "One OCDS 1.1 release package (metrics and UK extensions): per contract a release tagged contract with its KPIs as agreed metrics (what a contract details notice, UK7, publishes), and per contract whose s.71 assessment fell due in the 12 months to the publication date a release tagged implementation with each most material KPI's rating, ready for a contract performance notice (UK9). No person's name or contact details."

    /// Exports the workspace as at `asOf`, with the s.71 ratings of `assessment` (made at the same date).
    /// The releases are built and written on every core; their order (by ocid, then contract, the
    /// contract release first) and so the bytes do not depend on which core wrote which.
    public static func package(_ ws: Workspace, assessment: Assessment, asOf: Day) -> Result {
        var json = ""
        let implementation = write(ws, assessment: assessment, asOf: asOf) { json += $0 }
        let prefix = ws.settings.publication.ocidPrefix ?? placeholderPrefix
        return Result(
            json: json, contractReleases: ws.contracts.count, implementationReleases: implementation,
            notes: notes(ws, ocids: ws.contracts.map { ocid($0, prefix: prefix) }))
    }

    /// Writes the package's text to `emit` in pieces, in order (the same bytes as `package`), and returns how
    /// many UK9-ready releases it holds. The releases are built on every core `batch` contracts at a time,
    /// so a national package (66 MB at 10,000 contracts) is never held whole: publish streams it to its file.
    @discardableResult
    static func write(_ ws: Workspace, assessment: Assessment, asOf: Day, batch: Int = 512, to emit: (String) -> Void) -> Int {
        let publication = ws.settings.publication
        let prefix = publication.ocidPrefix ?? placeholderPrefix
        let redactor = Redactor(ws, everyone: true)
        let ocids = ws.contracts.map { ocid($0, prefix: prefix) }
        let order = ws.contracts.indices.sorted { (ocids[$0], ws.contracts[$0].id) < (ocids[$1], ws.contracts[$1].id) }
        var head = ""
        for (key, value) in packageFields(publication, asOf: asOf) {
            head += head.isEmpty ? "{\n  " : ",\n  "
            OCDSJSON.string(key, &head)
            head += ": "
            value.write(to: &head, depth: 1)
        }
        emit(head + ",\n  \"releases\": [")
        var implementation = 0
        let step = max(1, batch)
        for start in stride(from: 0, to: order.count, by: step) {
            // Per contract its release, and its UK9-ready release when an assessment fell due: written as text.
            let texts = Parallel.map(Array(order[start..<min(start + step, order.count)]), minimumChunk: 1) { i -> (String, Bool) in
                let c = ws.contracts[i]
                let x = ReleaseContext(contract: c, workspace: ws, ocid: ocids[i], asOf: asOf, redactor: redactor)
                var text = i == order[0] ? "\n    " : ",\n    "
                contractRelease(x).writeCompact(to: &text)
                let due = dueAssessments(assessment.annual(contract: c.id), asOf: asOf)
                if !due.isEmpty {
                    text += ",\n    "
                    implementationRelease(x, due: due).writeCompact(to: &text)
                }
                return (text, !due.isEmpty)
            }
            var piece = ""
            for (text, uk9) in texts {
                piece += text
                if uk9 { implementation += 1 }
            }
            emit(piece)
        }
        emit(order.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
        return implementation
    }

    /// The package's fields before its releases.
    static func packageFields(_ publication: Publication, asOf: Day) -> [(String, OCDSJSON)] {
        [
            ("uri", .string(packageURI(publication, asOf: asOf))),
            ("version", .string("1.1")),
            ("extensions", .array(extensions.map { .string($0) })),
            ("publishedDate", .string(dateTime(asOf, endOfDay: false))),
            ("publisher", publisher(publication)),
            ("license", .string(publication.license ?? defaultLicense)),
        ]
    }

    /// What the person exporting should know: defaults used, contracts with neither KPIs nor a rationale.
    static func notes(_ ws: Workspace, ocids: [String]) -> [String] {
        let publication = ws.settings.publication
        var notes: [String] = []
        if publication.ocidPrefix == nil && ws.contracts.contains(where: { $0.ocid == nil && $0.source == nil }) {
            notes.append(
                "publication.ocid_prefix is not set: contracts without an ocid are exported as \(placeholderPrefix)-<contract id>; set your registered OCDS prefix in missionkpi.yaml"
            )
        }
        for c in ws.contracts where c.kpis.isEmpty && (c.kpiExemption?.reason ?? "").isEmpty {
            notes.append(
                "\(c.id): no KPIs and no reason in kpi_exemption, so the release has neither agreedMetrics nor noAgreedMetricsRationale")
        }
        if publication.uri == nil {
            notes.append(
                "publication.uri is not set: the package's uri is a URN; set the address the site is published at in missionkpi.yaml")
        }
        return notes
    }

    /// The annual assessments whose due date falls in the 12 months to `asOf` (after `asOf` minus 12
    /// months, on or before `asOf`), first year first.
    public static func dueAssessments(_ annual: [AnnualAssessment], asOf: Day) -> [AnnualAssessment] {
        let from = asOf.adding(months: -12)
        return annual.filter { $0.due > from && $0.due <= asOf }
    }

    /// The contract's own `ocid` (that of its `source:` for an imported contract), or `<prefix>-<contract id>`.
    public static func ocid(_ c: Contract, prefix: String) -> String { c.ocid ?? c.source?.ocid ?? "\(prefix)-\(c.id)" }

    /// `<publication.uri>data/ocds.json` (where the site publishes it), or a URN naming the export when the site's address is not set.
    static func packageURI(_ p: Publication, asOf: Day) -> String {
        guard let uri = p.uri else { return "urn:x-missionkpi:ocds:\(p.ocidPrefix ?? placeholderPrefix):\(asOf)" }
        return (uri.hasSuffix("/") ? uri : uri + "/") + "data/ocds.json"
    }

    static func publisher(_ p: Publication) -> OCDSJSON {
        let who = p.publisher ?? OCDSPublisher(name: p.title)
        return .object([("name", .string(who.name)), ("scheme", .text(who.scheme)), ("uid", .text(who.uid)), ("uri", .text(who.uri))])
    }

    /// An OCDS date-time for a day: its start (`T00:00:00Z`) or its last second (`T23:59:59Z`).
    static func dateTime(_ d: Day, endOfDay: Bool) -> String { d.description + (endOfDay ? "T23:59:59Z" : "T00:00:00Z") }
}

/// What every release of a contract shares.
struct ReleaseContext {
    var contract: Contract
    var workspace: Workspace
    var ocid: String
    var asOf: Day
    /// Replaces the name of every person of the workspace in free text (titles, descriptions, reasons).
    var redactor: Redactor

    /// Free text from the workspace, with nobody's name in it.
    func text(_ s: String) -> String { redactor.text(s) }

    /// The contract's id within its OCDS contracting process: the one it was imported from, else its workspace id.
    var contractID: String { contract.source?.contract ?? contract.id }
    /// The release id: `<contract id>-<tag>-<as-of>` (release ids are unique within an ocid; a
    /// workspace's contract ids are unique).
    func releaseID(_ tag: String) -> String { "\(contract.id)-\(tag)-\(asOf)" }
}
