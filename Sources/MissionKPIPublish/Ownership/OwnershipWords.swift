import Foundation
import MissionKPI

/// The ownership and pipeline renderers' own words, beside the shared ones (`Words.percent`, `count`,
/// `money`, `severities`).
extension Words {
    /// An exact amount as a JSON number.
    static func json(_ amount: Decimal) -> JSONValue { .number(NSDecimalNumber(decimal: amount).doubleValue) }

    /// An exact amount as plain digits for CSV (`12000000`, `1234.5`).
    static func plain(_ amount: Decimal) -> String { NSDecimalNumber(decimal: amount).stringValue }

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
