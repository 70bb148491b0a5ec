import MissionKPI

/// What the notices say about one contract, as a contract value: the fields they state (`known`) hold
/// the notices' values; the others hold placeholders that are never written.
struct TheirContract {
    var contract: Contract
    var known: Set<ContractField>
    /// Per metric id: the notices' values of the KPI fields they state (`known`), for updating a KPI.
    var kpiFacts: [String: (kpi: KPI, known: Set<KPIField>)] = [:]

    /// The notices' value of `field` as text, or nil when they do not state it.
    func text(_ field: ContractField) -> String? { known.contains(field) ? field.text(contract) : nil }

    /// Whether the notices state everything a new contract file needs.
    var isComplete: Bool { [.title, .supplierName, .value, .start, .end].allSatisfy(known.contains) }

    static let nowhere = FieldLocations(file: "", mark: Mark(line: 0, column: 0))

    init(_ f: OCDSContractFacts, id: String, department: String, readings: KPIReadings) {
        var known: Set<ContractField> = [.ocid]
        if f.title != nil { known.insert(.title) }
        if f.supplier != nil { known.insert(.supplierName) }
        if f.supplier?.id != nil { known.insert(.supplierID) }
        if f.value != nil { known.insert(.value) }
        if f.start != nil { known.insert(.start) }
        if f.end != nil { known.insert(.end) }
        if f.procedure != nil { known.insert(.procedure) }
        if f.exemption != nil { known.insert(.exemption) }
        self.known = known
        var taken = Set<String>()
        var facts: [String: (kpi: KPI, known: Set<KPIField>)] = [:]
        let kpis = f.metrics.map { m -> KPI in
            let k = Self.kpi(m, id: ImportIDs.kpi(m.id, taken: taken), reading: readings[m])
            taken.insert(k.id)
            var stated = k
            (stated.title, stated.description) = (m.title ?? "", m.description)
            var known: Set<KPIField> = []
            if m.title != nil { known.insert(.title) }
            if m.description != nil { known.insert(.description) }
            if m.frequency != nil { known.insert(.frequency) }
            facts[m.id] = (stated, known)
            return k
        }
        contract = Contract(
            id: id, ocid: f.ocid, title: f.title ?? "", department: department,
            supplier: f.supplier ?? Supplier(name: "", id: nil, sme: nil, vcse: nil),
            value: f.value ?? Money(amount: 0, currency: "GBP", includesVAT: true),
            start: f.start ?? Day(ordinal: 0), end: f.end ?? f.start ?? Day(ordinal: 0), procedure: f.procedure, tier: nil,
            manager: nil, seniorResponsibleOwner: nil,
            kpiExemption: f.exemption.map { KPIExemption(reason: $0.isEmpty ? nil : $0) }, procurementStart: nil,
            contributesTo: [], kpis: kpis, waivers: [], source: f.source, locations: Self.nowhere)
        kpiFacts = facts
    }

    /// The notices' value of a KPI field as text, or nil when they do not state it (the fields the
    /// KPI-words reader infers count as stated when it gives them).
    func text(_ field: KPIField, metric: String) -> String? {
        guard let fact = kpiFacts[metric] else { return nil }
        if fact.known.contains(field) || ![.title, .description, .frequency].contains(field) { return KPIOwned.text(field, fact.kpi) }
        return nil
    }

    /// An agreed metric as a KPI: its title and description verbatim (a metric without a title takes its
    /// description, or "Metric <id>"), `source_id`, and the frequency of its frequency observation.
    /// A notice never states level, direction, unit or target: those the KPI's words state are read by
    /// `KPIWords` and listed in `inferred`.
    static func kpi(_ m: OCDSMetric, id: String, reading: KPIReading) -> KPI {
        let (title, description) = KPIReadings.words(m)
        var k = KPI(
            id: id, title: title, description: description, level: nil, measures: nil, unit: nil, direction: nil,
            baseline: nil, target: nil, bands: nil, frequency: m.frequency, dataSource: nil, mostMaterial: false, waivers: [],
            sourceId: m.id, inferred: [], locations: nowhere)
        KPIWords.fill(&k, from: reading)
        return k
    }
}
