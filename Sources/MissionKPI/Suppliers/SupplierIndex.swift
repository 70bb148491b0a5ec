/// The suppliers of a workspace across departments: contracts grouped by the supplier's identifier (a
/// Companies House number, …), else by its normalised name. A contract naming its supplier without an
/// identifier joins the one identified supplier of the same normalised name, when there is exactly one.
///
/// ```swift
/// let index = SupplierIndex(workspace)
/// index.supplier(ofContract: "dhsc-2025-0142")?.contracts   // every contract of that supplier
/// ```
public struct SupplierIndex: Sendable {
    /// One supplier and its contracts.
    public struct Supplier: Sendable, Hashable {
        /// `id:<identifier>` or `name:<normalised name>`: what the contracts were grouped by.
        public var key: String
        /// The identifier, when any contract gives one.
        public var identifier: String?
        /// The name written most often (ties: one written beside the identifier, then the first in sort order).
        public var name: String
        /// Every other spelling of the name, sorted.
        public var otherNames: [String]
        /// The contract ids, sorted.
        public var contracts: [String]
        /// The departments of those contracts, sorted.
        public var departments: [String]
    }

    /// Every supplier, sorted by key.
    public let suppliers: [Supplier]
    private let byContract: [String: Int]

    /// Groups the workspace's contracts by supplier.
    public init(_ ws: Workspace) {
        // Identifiers first, so that a name-only contract can find the one identified supplier of its name.
        var identified: [String: [Contract]] = [:]
        var namesOfID: [String: Set<String>] = [:]
        for c in ws.contracts {
            guard let id = Self.identifier(c.supplier.id) else { continue }
            identified[id, default: []].append(c)
            namesOfID[id, default: []].insert(Self.normalise(c.supplier.name))
        }
        var idsOfName: [String: Set<String>] = [:]
        for (id, names) in namesOfID { for n in names { idsOfName[n, default: []].insert(id) } }
        var groups: [String: [Contract]] = [:]
        for (id, list) in identified { groups["id:" + id] = list }
        for c in ws.contracts where Self.identifier(c.supplier.id) == nil {
            let n = Self.normalise(c.supplier.name)
            if let ids = idsOfName[n], ids.count == 1, let id = ids.first {
                groups["id:" + id, default: []].append(c)
            } else {
                groups["name:" + n, default: []].append(c)
            }
        }
        var list: [Supplier] = []
        for key in groups.keys.sorted() {
            let contracts = groups[key]!.sorted { $0.id < $1.id }
            // The name written most often; of equals, one written beside the identifier; then the first in order.
            var counts: [String: (uses: Int, identified: Int)] = [:]
            for c in contracts {
                let n = c.supplier.name.trimmingSpaces
                counts[n, default: (0, 0)].uses += 1
                if Self.identifier(c.supplier.id) != nil { counts[n, default: (0, 0)].identified += 1 }
            }
            let name =
                counts.sorted { a, b in
                    a.value.uses != b.value.uses
                        ? a.value.uses > b.value.uses
                        : a.value.identified != b.value.identified ? a.value.identified > b.value.identified : a.key < b.key
                }.first?.key ?? ""
            list.append(
                Supplier(
                    key: key, identifier: key.hasPrefix("id:") ? String(key.dropFirst(3)) : nil, name: name,
                    otherNames: counts.keys.filter { $0 != name }.sorted(), contracts: contracts.map(\.id),
                    departments: Set(contracts.map(\.department)).sorted()))
        }
        suppliers = list
        var index: [String: Int] = [:]
        for (i, s) in list.enumerated() { for c in s.contracts { index[c] = i } }
        byContract = index
    }

    /// The supplier of a contract.
    public func supplier(ofContract id: String) -> Supplier? { byContract[id].map { suppliers[$0] } }

    /// An identifier as grouped: spaces trimmed, upper case; nil when empty.
    static func identifier(_ id: String?) -> String? {
        guard let t = id?.trimmingSpaces, !t.isEmpty else { return nil }
        return t.uppercased()
    }

    /// A name as compared: lower case, `&` as `and`, punctuation dropped, spaces collapsed, a leading `the`
    /// dropped, and the legal forms `limited` → `ltd`, `public limited company` → `plc`.
    public static func normalise(_ name: String) -> String {
        var words: [String] = []
        var current = ""
        for ch in name.lowercased() {
            if ch == "&" {
                if !current.isEmpty { words.append(current) }
                words.append("and")
                current = ""
            } else if ch.isLetter || ch.isNumber {
                current.append(ch)
            } else if ch.isWhitespace || ch == "-" || ch == "/" || ch == "," {
                if !current.isEmpty { words.append(current) }
                current = ""
            }  // other punctuation (full stops, apostrophes, brackets) joins the letters around it
        }
        if !current.isEmpty { words.append(current) }
        if words.first == "the" && words.count > 1 { words.removeFirst() }
        if words.suffix(3) == ["public", "limited", "company"] { words.removeLast(3); words.append("plc") }
        if words.last == "limited" { words[words.count - 1] = "ltd" }
        return words.joined(separator: " ")
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
