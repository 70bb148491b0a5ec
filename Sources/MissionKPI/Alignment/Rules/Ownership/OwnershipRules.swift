extension RuleRegistry {
    /// The Ownership family, in documentation order: contract-level flags, then people, then departments.
    static let ownershipRules: [any Rule] = [
        NoContractOwner(),
        OwnerOutsideDepartment(),
        NonSpecialistHighValue(),
        AccreditationBelowTier(),
        AccreditationLapsed(),
        ManagerGradeBelowFloor(),
        ManagerIsSRO(),
        ManagerOverloaded(),
        DepartmentNonSpecialistShare(),
    ]
}
