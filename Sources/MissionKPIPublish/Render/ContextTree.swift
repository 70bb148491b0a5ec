/// Turns a page's view (structs, arrays, optionals, strings, numbers) into nested dictionaries once,
/// so that Mustache finds each `{{name}}` by a dictionary lookup instead of reflecting on every
/// struct of the context stack for every lookup (which made large sites slow). A nil optional is
/// left out, exactly as Mustache treats it when reflecting.
enum ContextTree {
    static func convert(_ value: Any) -> Any {
        switch value {
        case is String, is Int, is Bool, is Double: return value
        case let view as any ContextFields: return view.contextFields
        case let list as [Any]: return list.map(convert)
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct, .class:
            var out: [String: Any] = [:]
            out.reserveCapacity(mirror.children.count)
            for child in mirror.children {
                guard let label = child.label, let v = unwrap(child.value) else { continue }
                out[label] = convert(v)
            }
            return out
        case .collection:
            return mirror.children.map { convert($0.value) }
        case .optional:
            return unwrap(value).map(convert) ?? value
        default:
            return value
        }
    }

    /// The value inside an optional (nil for none), or the value itself.
    static func unwrap(_ value: Any) -> Any? {
        guard let optional = value as? any OptionalValue else { return value }
        return optional.wrappedAny
    }
}

/// Lets `ContextTree` see inside an optional without reflecting on it.
protocol OptionalValue {
    var wrappedAny: Any? { get }
}

extension Optional: OptionalValue {
    var wrappedAny: Any? {
        switch self {
        case .some(let v): ContextTree.unwrap(v)
        case .none: nil
        }
    }
}
