import MissionKPI

/// `audit ownership --format json`: the audit, structured, for the published open data. Amounts are
/// pounds including VAT; shares are 0–1 (null when there is nothing to divide); names only at or above
/// the grade floor.
enum OwnershipJSON {
    typealias W = Words

    static func render(_ a: OwnershipAudit) -> String {
        JSONValue.object([
            ("as_of", .string(a.asOf.description)),
            ("department", .text(a.department)),
            ("name_grade_floor", .string(a.floor.rawValue)),
            ("high_value_threshold_gbp", W.json(a.threshold)),
            ("overall", figures(a.overall)),
            ("most_loaded_managers", .array(a.mostLoaded.map(load))),
            ("departments", .array(a.departments.map(department))),
            ("settings_findings", .array(a.general.map(finding))),
            ("waived", .int(a.waived.count)),
        ]).render() + "\n"
    }

    static func department(_ d: DepartmentOwnership) -> JSONValue {
        .object([
            ("id", .string(d.id)),
            ("name", .string(d.name)),
            ("figures", figures(d.figures)),
            ("most_loaded_managers", .array(d.mostLoaded.map(load))),
            ("findings", .array(d.flags.map(finding))),
            ("contracts", .array(d.contracts.map(contract))),
        ])
    }

    static func contract(_ c: ContractOwnership) -> JSONValue {
        .object([
            ("id", .string(c.contract)),
            ("title", .string(c.title)),
            ("value_gbp", W.json(c.value)),
            ("tier", .text(c.tier)),
            ("end", .string(c.end.description)),
            ("manager", owner(c.manager)),
            ("senior_responsible_owner", owner(c.seniorResponsibleOwner)),
            ("findings", .array(c.flags.map(finding))),
        ])
    }

    static func owner(_ o: OwnerCell?) -> JSONValue {
        guard let o else { return .null }
        return .object([
            ("display", .string(o.display)),
            ("named", .bool(o.named)),
            ("department", .string(o.department)),
            ("grade", .string(o.grade.rawValue)),
            ("commercial_specialist", .bool(o.specialist)),
            ("accreditation", .string(o.accreditation.rawValue)),
        ])
    }

    static func figures(_ f: OwnershipFigures) -> JSONValue {
        .object([
            ("contracts", .int(f.contracts)),
            ("value_gbp", W.json(f.value)),
            ("specialist_contracts", .int(f.specialistContracts)),
            ("specialist_value_gbp", W.json(f.specialistValue)),
            ("specialist_value_share", .number(f.valueShare)),
            ("high_value_contracts", .int(f.highValueContracts)),
            ("high_value_specialist", .int(f.highValueSpecialist)),
            ("high_value_specialist_share", .number(f.highValueShare)),
            ("accreditation", .array(f.accreditation.map { c in
                .object([
                    ("level", .string(c.level.rawValue)), ("managers", .int(c.managers)), ("contracts", .int(c.contracts)),
                    ("value_gbp", W.json(c.value)),
                ])
            })),
        ])
    }

    static func load(_ l: ManagerLoad) -> JSONValue {
        .object([("manager", owner(l.manager)), ("contracts", .array(l.contracts.map { .string($0) })), ("value_gbp", W.json(l.value))])
    }

    static func finding(_ f: Finding) -> JSONValue {
        .object([
            ("rule", .string(f.ruleID)),
            ("severity", .string(f.severity.rawValue)),
            ("file", .string(f.location.file)),
            ("line", .int(f.location.line)),
            ("column", .int(f.location.column)),
            ("subject", .string(f.subject.description)),
            ("message", .string(f.message)),
            ("fix", .string(f.fix)),
            ("fingerprint", .string(f.fingerprint)),
        ])
    }
}
