/// Merges the releases of one contracting process into a compiled release, by OCDS's merge rules as
/// the Open Contracting Partnership's `ocdsmerge` applies them:
///
/// - releases are taken oldest first (by `date`; equal dates keep their reading order), so for every
///   field the newest release that states it wins;
/// - objects merge field by field; an empty object or list in a newer release changes nothing;
/// - lists of objects merge by `id` (objects with the same id merge, ids compared as text; new ids are
///   appended; an object without an id is appended); lists holding anything else are replaced whole;
/// - `null` removes a field the older releases gave as text, number, true/false or a list of those;
///   it leaves an object, or a list of objects, as it was (as ocdsmerge does);
/// - the release `id`, `date` and `tag` are not merged: the compiled release gets `ocid`, the newest
///   `date`, the id `<ocid>-<date>` and the tag `compiled`.
///
/// A value whose type changes (an object where older releases had text) is replaced by the newer one;
/// ocdsmerge refuses such releases instead.
public enum OCDSMerge {
    /// The compiled release of `releases`, which share one `ocid`.
    public static func compile(_ releases: [OCDSRelease]) -> JSONNode {
        let sorted = releases.sorted { ($0.instant, $0.order) < ($1.instant, $1.order) }
        var members: [JSONNode.Member] = []
        for r in sorted {
            let fields = r.node.members.filter { $0.key != "id" && $0.key != "date" && $0.key != "tag" }
            mergeMembers(fields, into: &members)
        }
        guard let newest = sorted.last else { return JSONNode(.object([])) }
        set("ocid", JSONNode(.string(newest.ocid)), in: &members)
        set("id", JSONNode(.string("\(newest.ocid)-\(newest.date)")), in: &members)
        set("date", JSONNode(.string(newest.date)), in: &members)
        set("tag", JSONNode(.array([JSONNode(.string("compiled"))])), in: &members)
        return JSONNode(.object(members), offset: newest.node.offset)
    }

    static func set(_ key: String, _ node: JSONNode, in members: inout [JSONNode.Member]) {
        if let i = members.firstIndex(where: { $0.key == key }) {
            members[i].node = node
        } else {
            members.append(.init(key: key, node: node))
        }
    }

    /// Merges a newer object's members into an older object's.
    static func mergeMembers(_ newer: [JSONNode.Member], into members: inout [JSONNode.Member]) {
        for m in newer {
            let i = members.firstIndex { $0.key == m.key }
            switch m.node.value {
            case .null:
                guard let i else { continue }
                if !isStructured(members[i].node) { members.remove(at: i) }
            case .object(let fields):
                if fields.isEmpty { continue }
                var inner = i.flatMap { members[$0].node.isObject ? members[$0].node.members : nil } ?? []
                mergeMembers(fields, into: &inner)
                put(m.key, JSONNode(.object(inner), offset: m.node.offset), at: i, in: &members)
            case .array(let items):
                if items.isEmpty { continue }
                guard items.allSatisfy(\.isObject) else {
                    put(m.key, m.node, at: i, in: &members)
                    continue
                }
                var list = i.map { members[$0].node.items.allSatisfy(\.isObject) ? members[$0].node.items : [] } ?? []
                mergeByID(items, into: &list)
                put(m.key, JSONNode(.array(list), offset: m.node.offset), at: i, in: &members)
            default:
                put(m.key, m.node, at: i, in: &members)
            }
        }
    }

    static func put(_ key: String, _ node: JSONNode, at index: Int?, in members: inout [JSONNode.Member]) {
        if let index { members[index].node = node } else { members.append(.init(key: key, node: node)) }
    }

    /// Identifier merge of a list of objects: objects with the same `id` merge (ids compare as text, so
    /// `2` and `"2"` are one object, as in ocdsmerge 0.8.0, the release on PyPI).
    static func mergeByID(_ newer: [JSONNode], into list: inout [JSONNode]) {
        for item in newer {
            let key = identity(item)
            if let key, let j = list.firstIndex(where: { identity($0) == key }) {
                var fields = list[j].members
                // The object keeps the id it first came with (`"1"` stays text when a later release says `1`).
                mergeMembers(item.members.filter { $0.key != "id" }, into: &fields)
                list[j] = JSONNode(.object(fields), offset: item.offset)
            } else {
                var fields: [JSONNode.Member] = []
                mergeMembers(item.members, into: &fields)
                // The id itself is kept even when it is the only field.
                if let id = item["id"], fields.first(where: { $0.key == "id" }) == nil { fields.insert(.init(key: "id", node: id), at: 0) }
                list.append(JSONNode(.object(fields), offset: item.offset))
            }
        }
    }

    /// An object's `id` as text (a number's digits, `True`/`False` as Python writes them), or nil.
    static func identity(_ node: JSONNode) -> String? {
        switch node["id"]?.value {
        case .string(let s): s
        case .number(let n): n
        case .bool(let b): b ? "True" : "False"
        default: nil
        }
    }

    /// An object, or a list of objects: `null` does not remove these.
    static func isStructured(_ node: JSONNode) -> Bool {
        switch node.value {
        case .object: true
        case .array(let items): !items.isEmpty && items.allSatisfy(\.isObject)
        default: false
        }
    }
}
