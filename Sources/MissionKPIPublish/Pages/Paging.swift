/// How a long list of contracts is cut into numbered pages: a department's review
/// (`departments/<id>/page-<n>.html`) and a mission's evidence (`missions/<id>/evidence-<n>.html`) alike.
enum Paging {
    /// Contracts to a page; a list of this many or fewer stays on its one page.
    static let pageSize = 25

    /// `items` in pages of `pageSize`, in order; empty when they fit on one page.
    static func pages<T>(_ items: [T]) -> [[T]] {
        guard items.count > pageSize else { return [] }
        return stride(from: 0, to: items.count, by: pageSize).map { Array(items[$0..<min($0 + pageSize, items.count)]) }
    }

    /// The number of the page (from 1) that holds the item at `index`.
    static func page(ofIndex index: Int) -> Int { index / pageSize + 1 }
}
