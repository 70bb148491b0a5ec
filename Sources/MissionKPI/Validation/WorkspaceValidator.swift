/// Checks that span files: duplicate ids, references, the theory-of-change graph, tiers and rule ids.
public enum WorkspaceValidator {
    /// Every cross-file problem of `ws`; rule ids are checked against `ruleCatalog` unless it is nil.
    public static func validate(_ ws: Workspace, ruleCatalog: [String: [String]]?) -> [Diagnostic] {
        validate(ws, ruleCatalog: ruleCatalog, references: PendingReference.all(in: ws), broken: BrokenIDs())
    }

    /// Checks `references` (recorded while decoding, including those of values that failed to load),
    /// staying silent about references to ids in `broken`, which already have their own diagnostic.
    static func validate(
        _ ws: Workspace, ruleCatalog: [String: [String]]?, references: [PendingReference], broken: BrokenIDs
    ) -> [Diagnostic] {
        var out: [Diagnostic] = []
        duplicates(ws, &out)
        for mission in ws.missions { TheoryGraphCheck.check(mission, &out) }
        let ruleIDs = ruleCatalog.map { $0.keys.sorted() }
        for ref in references { if let d = ref.check(in: ws, broken: broken, ruleIDs: ruleIDs) { out.append(d) } }
        if let ruleCatalog { rules(ws, catalog: ruleCatalog, &out) }
        return out
    }

    static func duplicates(_ ws: Workspace, _ out: inout [Diagnostic]) {
        func check(_ items: [(String, SourceLocation)], _ what: String) {
            var first: [String: SourceLocation] = [:]
            for (id, loc) in items {
                if let f = first[id] {
                    out.append(Diagnostic(at: loc, "duplicate \(what) id \(quoted: id): it is also defined at \(f); ids must be unique across the workspace"))
                } else {
                    first[id] = loc
                }
            }
        }
        // Workspace sorted by id; sort by location too so the "first" is the earlier file.
        check(ws.missions.map { ($0.id, $0.locations["id"]) }.sorted { $0.1 < $1.1 }, "mission")
        check(ws.departments.map { ($0.id, $0.locations["id"]) }.sorted { $0.1 < $1.1 }, "department")
        check(ws.contracts.map { ($0.id, $0.locations["id"]) }.sorted { $0.1 < $1.1 }, "contract")
        imports(ws, &out)
    }

    /// Two departments claiming one OCDS party, or two contracts imported from one OCDS contract, would
    /// leave an import unsure where a notice belongs.
    static func imports(_ ws: Workspace, _ out: inout [Diagnostic]) {
        var parties: [String: SourceLocation] = [:]
        for d in ws.departments.sorted(by: { $0.locations["ocds_party"] < $1.locations["ocds_party"] }) {
            guard let party = d.ocdsParty else { continue }
            let here = d.locations["ocds_party"]
            if let first = parties[party] {
                out.append(Diagnostic(at: here, "'ocds_party: \(party.prefix(60))' is also claimed at \(first); a buyer belongs to one department, so remove one"))
            } else {
                parties[party] = here
            }
        }
        var sources: [String: SourceLocation] = [:]
        for c in ws.contracts.sorted(by: { $0.locations["source"] < $1.locations["source"] }) {
            guard let s = c.source else { continue }
            let key = s.ocid + "\u{0}" + s.contract, here = c.locations["source"]
            if let first = sources[key] {
                out.append(Diagnostic(at: here, "this contract's source (ocid \(s.ocid.prefix(40)), contract \(s.contract.prefix(20))) is also the source of the contract at \(first); one OCDS contract is one contract file, so remove one"))
            } else {
                sources[key] = here
            }
        }
    }

    static func rules(_ ws: Workspace, catalog: [String: [String]], _ out: inout [Diagnostic]) {
        let ids = catalog.keys.sorted()
        for (id, setting) in ws.settings.rules.sorted(by: { $0.key < $1.key }) {
            guard let options = catalog[id] else {
                out.append(Diagnostic(at: setting.locations.location, "unknown rule \(quoted: id) in 'rules'\(Suggest.didYouMean(id, in: ids)) ('missionkpi rules' lists them)"))
                continue
            }
            for key in setting.options.keys.sorted() where !options.contains(key) {
                let allowed = options.isEmpty ? "; this rule has no options" : Suggest.didYouMean(key, in: options) + " (options: \(options.joined(separator: ", ")))"
                out.append(Diagnostic(at: setting.locations[key], "unknown option \(quoted: key) for rule \(quoted: id)\(allowed)"))
            }
        }
    }
}
