import MissionKPI

extension OCDSExport {
    /// The `contract` release: buyer and supplier, the award, and the contract with its KPIs as agreed
    /// metrics or the reason it has none.
    static func contractRelease(_ x: ReleaseContext) -> OCDSJSON {
        let c = x.contract
        let contract = OCDSJSON.object([
            ("id", .string(x.contractID)),
            ("awardID", .string(awardID)),
            ("title", .string(x.text(c.title))),
            ("status", .string(status(c, asOf: x.asOf))),
            (
                "period",
                .object([("startDate", .string(dateTime(c.start, endOfDay: false))), ("endDate", .string(dateTime(c.end, endOfDay: true)))])
            ),
            ("value", value(c.value)),
            ("agreedMetrics", c.kpis.isEmpty ? nil : .array(c.kpis.map { agreedMetric($0, x) })),
            ("noAgreedMetricsRationale", c.kpis.isEmpty ? OCDSJSON.text(c.kpiExemption?.reason.map(x.text)) : nil),
        ])
        return .object(
            head(x, tag: "contract") + [
                ("tender", tender(x)),
                ("awards", .array([award(x)])),
                ("contracts", .array([contract])),
                ("language", .string("en")),
            ])
    }

    /// The single award every exported contract hangs from.
    static let awardID = "1"

    /// `ocid`, `id`, `date`, `tag`, `initiationType`, `parties` and `buyer`: what every release starts with.
    static func head(_ x: ReleaseContext, tag: String) -> [(String, OCDSJSON?)] {
        let buyer = buyerParty(x)
        return [
            ("ocid", .string(x.ocid)),
            ("id", .string(x.releaseID(tag))),
            ("date", .string(dateTime(x.asOf, endOfDay: false))),
            ("tag", .array([.string(tag)])),
            ("initiationType", .string("tender")),
            ("parties", .array([party(buyer, role: "buyer"), supplierParty(x)])),
            ("buyer", .object([("id", .string(buyer.id)), ("name", .string(buyer.name))])),
        ]
    }

    /// The buying department: its OCDS party id (`ocds_party`, as Find a Tender knows it) or its workspace
    /// id, its name and nothing else (no people, no contact point, no address).
    static func buyerParty(_ x: ReleaseContext) -> (id: String, name: String) {
        let d = x.workspace.department(x.contract.department)
        return (d?.ocdsParty ?? x.contract.department, x.text(d?.name ?? x.contract.department))
    }

    static func party(_ p: (id: String, name: String), role: String) -> OCDSJSON {
        .object([("id", .string(p.id)), ("name", .string(p.name)), ("roles", .array([.string(role)]))])
    }

    /// The supplier: its organisation identifier as the party id (`GB-COH-12345678` gives scheme `GB-COH`),
    /// or `<contract id>-supplier` when it has none; VCSE status when known.
    static func supplierParty(_ x: ReleaseContext) -> OCDSJSON {
        let s = x.contract.supplier
        let id = supplierID(x)
        return .object([
            ("id", .string(id)),
            ("name", .string(x.text(s.name))),
            ("identifier", identifier(s.id)),
            ("roles", .array([.string("supplier")])),
            ("details", s.vcse.map { .object([("vcse", .bool($0))]) }),
        ])
    }

    static func supplierID(_ x: ReleaseContext) -> String { x.contract.supplier.id ?? "\(x.contract.id)-supplier" }

    /// `{scheme, id}` from an org-id style identifier (`GB-COH-12345678`), nil for any other form.
    static func identifier(_ id: String?) -> OCDSJSON? {
        guard let id else { return nil }
        let parts = id.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 2, parts[0].allSatisfy(\.isUppercase), !parts[1].isEmpty, !parts[2].isEmpty else {
            return nil
        }
        return .object([("scheme", .string("\(parts[0])-\(parts[1])")), ("id", .string(String(parts[2])))])
    }

    static func tender(_ x: ReleaseContext) -> OCDSJSON {
        let (method, details) = procedure(x.contract.procedure)
        return .object([
            ("id", .string(x.contract.id)),
            ("title", .string(x.text(x.contract.title))),
            ("procurementMethod", .text(method)),
            ("procurementMethodDetails", .text(details)),
        ])
    }

    static func award(_ x: ReleaseContext) -> OCDSJSON {
        let s = x.contract.supplier
        return .object([
            ("id", .string(awardID)),
            ("status", .string("active")),
            ("suppliers", .array([.object([("id", .string(supplierID(x))), ("name", .string(x.text(s.name)))])])),
        ])
    }

    /// OCDS's closed `procurementMethod` codelist and Find a Tender's wording of the procedure.
    static func procedure(_ p: Procedure?) -> (String?, String?) {
        switch p {
        case .open: ("open", "Open procedure")
        case .competitiveFlexible: ("selective", "Competitive flexible procedure")
        case .direct: ("direct", "Direct award")
        case .callOff: ("selective", "Award under framework")
        case .framework: (nil, "Framework")
        case .lightTouch: (nil, "Light touch")
        case .concession: (nil, "Concession")
        case nil: (nil, nil)
        }
    }

    /// `pending` before the start, `terminated` after the end, else `active`.
    static func status(_ c: Contract, asOf: Day) -> String {
        asOf < c.start ? "pending" : (asOf > c.end ? "terminated" : "active")
    }

    /// The value as given: `amountGross` when it includes VAT (the amount the £5m test of s.52 uses), else `amount`.
    static func value(_ m: Money) -> OCDSJSON {
        .object([(m.includesVAT ? "amountGross" : "amount", .decimal(m.amount)), ("currency", .string(m.currency))])
    }
}
