/// A person's Contract Management Professional Standards accreditation.
public struct Accreditation: Sendable, Hashable {
    public var level: AccreditationLevel
    public var date: Day?
}

/// A person who manages or owns contracts. Their name is personal data (see `Publication`).
public struct Person: Sendable, Hashable {
    public var id: String
    public var name: String
    public var role: String
    public var grade: Grade
    public var commercialSpecialist: Bool
    public var accreditation: Accreditation?
    public var locations: FieldLocations

    /// The accreditation level, `none` when not given.
    public var accreditationLevel: AccreditationLevel { accreditation?.level ?? .none }
}

/// A department and the people who own its contracts.
public struct Department: Sendable, Hashable {
    public var id: String
    public var name: String
    public var people: [Person]
    /// The department's OCDS party id as Find a Tender gives the buyer (e.g. `GB-PPON-PDZG-3487-DPVD`).
    public var ocdsParty: String? = nil
    public var locations: FieldLocations

    public func person(_ id: String) -> Person? { people.first { $0.id == id } }
}
