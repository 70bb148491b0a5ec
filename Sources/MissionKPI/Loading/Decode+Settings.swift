extension FileDecoder {
    /// The `missionkpi.yaml` document.
    func settings(_ root: YAMLNode) -> Settings {
        var settings = Settings()
        guard let f = mapping(root, "the settings", allowed: ["financial_year_start", "rules", "publication", "assessment", "pipeline", "tracker"])
        else { return settings }
        settings.locations = f.locations
        if let node = f.node("financial_year_start"), let text = text(node, "'financial_year_start'") {
            if let md = MonthDay(parsing: text) {
                settings.financialYearStart = md
            } else {
                error(node.mark, "'financial_year_start' \(quoted: text) must be a month and day written MM-DD, such as 04-01")
            }
        }
        if let node = f.node("rules"), let rules = mapping(node, "'rules'", allowed: mappingKeys(node)) {
            for entry in rules.entries { if let s = ruleSetting(entry) { settings.rules[entry.key.text] = s } }
        }
        if let node = f.node("publication"),
            let p = mapping(
                node, "'publication'",
                allowed: ["title", "name_grade_floor", "tiers", "uri", "publisher", "license", "licence", "ocid_prefix"])
        {
            publicationOCDS(p, into: &settings.publication)
            licence(p, into: &settings.publication)
            if let t = p.text("title") { settings.publication.title = t }
            if let g: Grade = p.vocabulary("name_grade_floor") { settings.publication.nameGradeFloor = g }
            if p.node("tiers") != nil {
                let tiers = p.list("tiers") { self.identifier($0, "each tier") }
                if tiers.isEmpty { error(p.node("tiers")!.mark, "'tiers' must list at least one tier") } else { settings.publication.tiers = tiers }
            }
        }
        if let node = f.node("assessment"), let a = mapping(node, "'assessment'", allowed: ["projection_periods", "at_risk_tolerance"]) {
            if let n = a.number("projection_periods") {
                if n >= 2, n == n.rounded(), n <= 120 { settings.assessment.projectionPeriods = Int(n) } else {
                    error(a.locations["projection_periods"].mark, "'projection_periods' must be a whole number from 2 to 120")
                }
            }
            if let t = a.number("at_risk_tolerance") {
                if (0...1).contains(t) { settings.assessment.atRiskTolerance = t } else {
                    error(a.locations["at_risk_tolerance"].mark, "'at_risk_tolerance' must be a share between 0 and 1, such as 0.15")
                }
            }
        }
        if let node = f.node("pipeline"), let p = mapping(node, "'pipeline'", allowed: ["years", "lead_time_months"]) {
            if let n = p.number("years") {
                if n >= 1, n <= 10, n == n.rounded() { settings.pipeline.years = Int(n) } else {
                    error(p.locations["years"].mark, "'years' must be a whole number from 1 to 10")
                }
            }
            if let n = p.number("lead_time_months") {
                if n >= 0, n <= 120, n == n.rounded() { settings.pipeline.leadTimeMonths = Int(n) } else {
                    error(p.locations["lead_time_months"].mark, "'lead_time_months' must be a whole number from 0 to 120")
                }
            }
        }
        if let node = f.node("tracker"), let t = mapping(node, "'tracker'", allowed: ["url"]) {
            settings.tracker = trackerSettings(t.node("url"), at: node.mark)
        }
        return settings
    }

    /// `uri`, `publisher`, `license` and `ocid_prefix`: what the OCDS export says about itself.
    private func publicationOCDS(_ p: Fields, into publication: inout Publication) {
        for key in ["uri", "license"] {
            guard let text = p.text(key) else { continue }
            if text.hasPrefix("https://") || text.hasPrefix("http://"), text.utf8.count > 8, !text.contains(where: \.isWhitespace) {
                if key == "uri" { publication.uri = text } else { publication.license = text }
            } else {
                error(p.locations[key].mark, "'\(key)' '\(text.prefix(40))' must be a web address starting https:// (or http://)")
            }
        }
        if let text = p.text("ocid_prefix") {
            let u = Array(text.utf8)
            if u.count == 11, text.hasPrefix("ocds-"), u[5...].allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x7A).contains($0) }) {
                publication.ocidPrefix = text
            } else {
                error(
                    p.locations["ocid_prefix"].mark,
                    "'ocid_prefix' '\(text.prefix(20))' must be an OCDS prefix: 'ocds-' and six lower-case letters or digits, such as ocds-h6vhtk")
            }
        }
        if let node = p.node("publisher"), let m = mapping(node, "'publisher'", allowed: ["name", "scheme", "uid", "uri", "contact"]),
            let name = m.text("name", required: true)
        {
            publication.publisher = OCDSPublisher(
                name: name, scheme: m.text("scheme"), uid: m.text("uid"), uri: m.text("uri"), contact: m.text("contact"))
            if let contact = m.text("contact"), contact.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" }) {
                error(
                    m.locations["contact"].mark,
                    "the publisher's contact \(quoted: contact) must be a web address or an email address, with no spaces or quotes")
            }
        }
    }

    /// `tracker: {url: postgresql://…}`: a PostgreSQL URL without a password.
    private func trackerSettings(_ node: YAMLNode?, at mark: Mark) -> TrackerSettings? {
        guard let node else {
            error(mark, "'tracker' needs a 'url' such as postgresql://kpi@db.example:5432/missionkpi")
            return nil
        }
        guard let url = text(node, "'url'") else { return nil }
        let lower = url.lowercased()
        guard lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://") else {
            error(node.mark, "'url' \(quoted: url) must be a PostgreSQL URL written postgresql://USER@HOST:PORT/DATABASE; leave 'tracker' out to keep the tracker in .missionkpi/tracker.sqlite")
            return nil
        }
        let authority = url.drop { $0 != "/" }.dropFirst(2).prefix { $0 != "/" && $0 != "?" }
        if authority.contains("@") && authority.prefix(while: { $0 != "@" }).contains(":") || lower.contains("password=") {
            error(node.mark, "'url' must not hold a password; set PGPASSWORD or put it in ~/.pgpass (chmod 600)")
            return nil
        }
        return TrackerSettings(url: url, location: SourceLocation(file: file, mark: node.mark))
    }

    /// `licence: NAME` or `licence: {name, url}`, kept in step with OCDS's `license` (the licence's address).
    private func licence(_ p: Fields, into publication: inout Publication) {
        if let node = p.node("licence"), case .mapping = node {
            if let m = mapping(node, "'licence'", allowed: ["name", "url"]), let name = m.text("name", required: true) {
                publication.licence = Publication.Licence(name: name, url: m.text("url"))
                if let url = m.text("url"), url.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" }) {
                    error(m.locations["url"].mark, "the licence's url \(quoted: url) must be a web address, with no spaces or quotes")
                }
            }
        } else if let node = p.node("licence"), let name = text(node, "'licence'") {
            publication.licence = name == Publication.Licence.openGovernmentV3.name ? .openGovernmentV3 : Publication.Licence(name: name)
        } else if let url = publication.license {
            // Only OCDS's `license` given: the same licence, named when it is the Open Government Licence.
            let ogl = url.contains("open-government-licence/version/3")
            publication.licence = Publication.Licence(name: ogl ? Publication.Licence.openGovernmentV3.name : url, url: url)
        }
        if publication.license == nil, p.node("licence") != nil { publication.license = publication.licence.url }
    }

    private func mappingKeys(_ node: YAMLNode) -> [String] {
        if case .mapping(let entries, _) = node { return entries.map(\.key.text) }
        return []
    }

    private static let severityWords = ["off", "info", "warning", "error"]

    private func severity(_ node: YAMLNode) -> (Severity?, Bool)? {
        guard let word = text(node, "the severity") else { return nil }
        if word == "off" { return (nil, true) }
        if let s = Severity(rawValue: word) { return (s, false) }
        error(node.mark, "the severity \(quoted: word) is not one of off, info, warning, error\(Suggest.didYouMean(word, in: Self.severityWords))")
        return nil
    }

    private func ruleSetting(_ entry: YAMLEntry) -> RuleSetting? {
        let locations = FieldLocations(file: file, mark: entry.key.mark)
        switch entry.value {
        case .scalar(let s) where !s.isQuoted && (s.text == "false" || s.text == "off"):
            // YAML 1.1 reads a bare `off` as false; both mean the rule is off.
            return RuleSetting(severity: nil, isOff: true, options: [:], locations: locations)
        case .scalar:
            guard let (sev, off) = severity(entry.value) else { return nil }
            return RuleSetting(severity: sev, isOff: off, options: [:], locations: locations)
        case .mapping(let entries, let mark):
            var setting = RuleSetting(severity: nil, isOff: false, options: [:], locations: FieldLocations(file: file, mark: entry.key.mark))
            var marks: [String: Mark] = [:]
            for e in entries {
                marks[e.key.text] = e.value.mark
                if e.key.text == "severity" {
                    if case .scalar(let s) = e.value, !s.isQuoted, s.text == "false" || s.text == "off" {
                        setting.isOff = true
                    } else if let (sev, off) = severity(e.value) {
                        setting.severity = sev
                        setting.isOff = off
                    }
                } else if let option = ruleOption(e.value) {
                    setting.options[e.key.text] = option
                }
            }
            setting.locations = FieldLocations(file: file, mark: mark, fields: marks)
            return setting
        case .sequence:
            error(entry.value.mark, "the setting of rule \(quoted: entry.key.text) must be a severity (off, info, warning, error) or a mapping such as {severity: warning, max: 10}")
            return nil
        }
    }

    private func ruleOption(_ node: YAMLNode) -> RuleOption? {
        switch node {
        case .scalar(let s):
            if !s.isQuoted, let d = Double(s.text), d.isFinite { return .number(d) }
            if !s.isQuoted, s.text == "true" || s.text == "false" { return .bool(s.text == "true") }
            return .text(s.text)
        case .sequence(let items, _):
            return .list(items.compactMap { text($0, "each item of the option") })
        case .mapping(let entries, _):
            var map: [String: String] = [:]
            for e in entries { if let v = text(e.value, "\(quoted: e.key.text)") { map[e.key.text] = v } }
            return .map(map)
        }
    }
}
