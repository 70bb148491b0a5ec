/// A view that gives its fields to `ContextTree` directly: the most numerous views (tags, links,
/// table rows) do, so building a page's context reflects on far fewer values.
protocol ContextFields {
    /// The fields by name; nil values are left out.
    var contextFields: [String: Any] { get }
}

extension Tag: ContextFields {
    var contextFields: [String: Any] { ["text": text, "cls": cls, "symbol": symbol] }
}

extension Link: ContextFields {
    var contextFields: [String: Any] { ["href": href, "text": text] }
}

extension KPIBlock.PeriodRow: ContextFields {
    var contextFields: [String: Any] {
        var f: [String: Any] = ["period": period, "end": end, "value": value, "rating": rating.contextFields]
        if let corrected { f["corrected"] = corrected }
        if let note { f["note"] = note }
        return f
    }
}

extension KPIBlock.VersionRow: ContextFields {
    var contextFields: [String: Any] {
        var f: [String: Any] = ["period": period, "version": version, "value": value, "status": status, "source": source]
        if let periodRating { f["periodRating"] = periodRating.contextFields }
        if let note { f["note"] = note }
        return f
    }
}
