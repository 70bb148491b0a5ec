/// How a person is shown in output: by name at or above the publication grade floor, otherwise by
/// role and grade (people's names are personal data; see `Publication.nameGradeFloor`).
///
/// ```swift
/// PersonDisplay.name(director, floor: .SCS1)   // "Alex Director"
/// PersonDisplay.name(officer, floor: .SCS1)    // "Contract officer (EO)"
/// ```
public enum PersonDisplay {
    /// The person's name when their grade is at or above `floor`, else "Role (GRADE)".
    public static func name(_ person: Person, floor: Grade) -> String {
        person.grade >= floor ? person.name : "\(person.role) (\(person.grade.rawValue))"
    }

    /// Whether the person's name may be shown.
    public static func isNamed(_ person: Person, floor: Grade) -> Bool { person.grade >= floor }

    /// The display name of the person a reference names, or the reference itself when it names nobody.
    public static func name(_ ref: PersonRef, in workspace: Workspace) -> String {
        guard let p = workspace.person(ref) else { return ref.description }
        return name(p, floor: workspace.settings.publication.nameGradeFloor)
    }
}
