import MissionKPI

/// The contract fields an import owns: it writes them, and updates them only while nobody has changed
/// them since the last import. Everything else in a contract file belongs to the people who keep it.
enum ContractField: String, CaseIterable {
    case title, ocid
    case supplierName = "supplier name"
    case supplierID = "supplier id"
    case value
    case start = "period start"
    case end = "period end"
    case procedure
    case exemption = "kpi_exemption"

    /// The field's value in a contract, as text for comparing (nil when absent).
    func text(_ c: Contract) -> String? {
        switch self {
        case .title: c.title
        case .ocid: c.ocid
        case .supplierName: c.supplier.name
        case .supplierID: c.supplier.id
        case .value: "\(c.value.amount) \(c.value.currency)" + (c.value.includesVAT ? " including VAT" : " excluding VAT")
        case .start: c.start.description
        case .end: c.end.description
        case .procedure: c.procedure?.rawValue
        case .exemption: c.kpiExemption.map { $0.reason ?? "(no reason)" }
        }
    }

    /// Sets the field of `c` to its value in `from`.
    func copy(from: Contract, to c: inout Contract) {
        switch self {
        case .title: c.title = from.title
        case .ocid: c.ocid = from.ocid
        case .supplierName: c.supplier.name = from.supplier.name
        case .supplierID: c.supplier.id = from.supplier.id
        case .value: c.value = from.value
        case .start: c.start = from.start
        case .end: c.end = from.end
        case .procedure: c.procedure = from.procedure
        case .exemption: c.kpiExemption = from.kpiExemption
        }
    }
}

/// The KPI fields an import owns: title, description and frequency from the notice, and the fields the
/// KPI-words reader may infer (level, unit, direction, target).
enum KPIOwned {
    static let fields: [KPIField] = [.title, .description, .level, .unit, .direction, .target, .frequency]

    /// The field's value in a KPI, as text for comparing (nil when absent).
    static func text(_ f: KPIField, _ k: KPI) -> String? {
        switch f {
        case .title: k.title
        case .description: k.description
        case .level: k.level?.rawValue
        case .unit: k.unit?.rawValue
        case .direction: k.direction?.rawValue
        case .target: k.target.map { ContractYAML.dated($0) }
        case .frequency: k.frequency?.rawValue
        default: nil
        }
    }

    /// Sets field `f` of `k` to its value in `from`, with `from`'s inferred mark for it.
    static func copy(_ f: KPIField, from: KPI, to k: inout KPI) {
        switch f {
        case .title: k.title = from.title
        case .description: k.description = from.description
        case .level: k.level = from.level
        case .unit: k.unit = from.unit
        case .direction: k.direction = from.direction
        case .target: k.target = from.target
        case .frequency: k.frequency = from.frequency
        default: return
        }
        k.inferred.removeAll { $0 == f }
        if from.isInferred(f) { k.inferred = (k.inferred + [f]).sorted() }
    }
}

/// What a three-way comparison decides for one field: the last import's value (`base`), the file's
/// (`mine`) and the notices' (`theirs`).
enum FieldDecision: Equatable {
    /// Nothing to do: the notices say nothing new, or the file already says it.
    case keep
    /// Take the notices' value: nobody changed the field since the last import.
    case take
    /// Keep the person's value, which differs from the last import's and from the notices'.
    case keptEdit

    /// `hasBase` is false when there is no record of a last import: a value in the file is then kept.
    /// Notices that say what the last import took are no news: the file's value stays, silently.
    init(base: String?, hasBase: Bool, mine: String?, theirs: String?) {
        if theirs == nil || mine == theirs || (hasBase && theirs == base) {
            self = .keep
        } else if hasBase ? mine == base : mine == nil {
            self = .take
        } else {
            self = .keptEdit
        }
    }
}
