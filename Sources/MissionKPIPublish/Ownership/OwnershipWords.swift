import Foundation
import MissionKPI

/// Words and numbers shared by the ownership and pipeline renderers.
enum OwnershipWords {
    /// `72.5%`, or `—` when there is nothing to divide.
    static func percent(_ share: Double?) -> String {
        guard let share else { return "—" }
        return fmt((share * 1000).rounded() / 10) + "%"
    }

    /// `£12,000,000`.
    static func money(_ amount: Decimal) -> String { Money.describe(amount) }

    /// An exact amount as a JSON number.
    static func json(_ amount: Decimal) -> JSONValue { .number(NSDecimalNumber(decimal: amount).doubleValue) }

    /// An exact amount as plain digits for CSV (`12000000`, `1234.5`).
    static func plain(_ amount: Decimal) -> String { NSDecimalNumber(decimal: amount).stringValue }

    /// `1 contract` / `3 contracts`.
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// `1 error, 2 warnings` for a list of findings; `none` when empty.
    static func severities(_ findings: [Finding]) -> String {
        let parts = Severity.allCases.reversed().compactMap { s -> String? in
            let n = findings.filter { $0.severity == s }.count
            guard n > 0 else { return nil }
            return s == .info ? "\(n) info" : count(n, s.rawValue)
        }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }

    /// The person cell of a table: display name, or `—`.
    static func owner(_ cell: OwnerCell?, home: String) -> String {
        guard let cell else { return "—" }
        return cell.department == home ? cell.display : "\(cell.display) [\(cell.department)]"
    }

    /// The rule ids of some findings, sorted and unique, comma-separated.
    static func rules(_ findings: [Finding]) -> String {
        Set(findings.map(\.ruleID)).sorted().joined(separator: ", ")
    }

    /// `figures` in one sentence: value and high-value contracts managed by specialists.
    static func shares(_ f: OwnershipFigures, threshold: Decimal) -> String {
        let worth = "\(count(f.contracts, "contract")) worth \(money(f.value))"
        guard f.contracts > 0 else { return "No contracts in force." }
        return "\(worth); commercial specialists manage \(percent(f.valueShare)) of the value and \(f.highValueSpecialist) of the \(f.highValueContracts) contracts over \(money(threshold)) (\(percent(f.highValueShare)))."
    }

    /// The spread by accreditation in one line: `none 1 manager (2 contracts, £…); foundation …`.
    static func spread(_ f: OwnershipFigures) -> String {
        let held = f.accreditation.filter { $0.managers > 0 }
        guard !held.isEmpty else { return "no managers named" }
        return held.map { "\($0.level.rawValue) \(count($0.managers, "manager")) (\(count($0.contracts, "contract")), \(money($0.value)))" }
            .joined(separator: "; ")
    }
}
