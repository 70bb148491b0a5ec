extension FileDecoder {
    /// A `Contracts/<dept>/department.yaml` document.
    func department(_ root: YAMLNode) -> Department? {
        guard let f = mapping(root, "the department", allowed: ["id", "name", "ocds_party", "people"]) else { return nil }
        let id = f.identifier("id", required: true)
        let name = f.text("name", required: true)
        let ocdsParty = f.text("ocds_party")
        if let ocdsParty, ocdsParty.trimmingCharacters(in: .whitespaces).isEmpty || ocdsParty.utf8.count > 200 {
            error(f.mark(of: "ocds_party"), "'ocds_party' must be the buyer's OCDS party id, such as GB-PPON-PDZG-3487-DPVD")
        }
        let people = f.list("people") { self.person($0) }
        checkUnique(people, "person", id: \.id, locations: \.locations)
        guard let id, let name else { return nil }
        let loaded = Set(people.map(\.id))
        for person in Self.declaredIDs(f.node("people")) where !loaded.contains(person) { broken.people.insert("\(id)/\(person)") }
        return Department(id: id, name: name, people: people, ocdsParty: ocdsParty, locations: f.locations)
    }

    func person(_ node: YAMLNode) -> Person? {
        guard let f = mapping(node, "a person", allowed: ["id", "name", "role", "grade", "commercial_specialist", "accreditation"])
        else { return nil }
        let id = f.identifier("id", required: true)
        let name = f.text("name", required: true)
        let role = f.text("role", required: true)
        let grade: Grade? = f.vocabulary("grade", required: true)
        let specialist = f.bool("commercial_specialist") ?? false
        let accreditation = f.node("accreditation").flatMap { self.accreditation($0) }
        guard let id, let name, let role, let grade else { return nil }
        return Person(
            id: id, name: name, role: role, grade: grade, commercialSpecialist: specialist, accreditation: accreditation,
            locations: f.locations)
    }

    func accreditation(_ node: YAMLNode) -> Accreditation? {
        guard let f = mapping(node, "the accreditation", allowed: ["level", "date"]) else { return nil }
        let level: AccreditationLevel? = f.vocabulary("level", required: true)
        let date = f.day("date", required: level != nil && level != AccreditationLevel.none)
        guard let level else { return nil }
        return Accreditation(level: level, date: date)
    }
}
