/// Hands out the pages of one read of a list, in order; nil after the last.
struct PageReader<Item: Sendable>: Sendable {
    /// The next page, or nil after the last one.
    let next: @Sendable () async throws -> [Item]?

    /// Reads pages with `next`.
    init(next: @escaping @Sendable () async throws -> [Item]?) { self.next = next }

    /// A list already in memory, as one page.
    init(_ items: [Item]) {
        let served = Locked(items.isEmpty)
        next = {
            var wasServed = true
            served.update { wasServed = $0; $0 = true }
            return wasServed ? nil : items
        }
    }

    /// The same pages with each item transformed and only those `transform` keeps (pages
    /// left empty are skipped, never taken for the end).
    func compactMap<Other: Sendable>(_ transform: @escaping @Sendable (Item) -> Other?) -> PageReader<Other> {
        let base = self
        return PageReader<Other> {
            while let page = try await base.next() {
                let kept = page.compactMap(transform)
                if !kept.isEmpty { return kept }
            }
            return nil
        }
    }
}
