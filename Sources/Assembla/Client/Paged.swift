/// A paged list read as it arrives: an `AsyncSequence` of its items in the API's order, and
/// of its pages through ``pages``. Each iteration is one read, fed by the same
/// bounded-concurrency pager as the array methods (which collect it): the first items are
/// handed out as soon as page 1 arrives, while later pages are fetched ahead (at most
/// `maxConcurrentRequests` at once). Stopping early (`break`, an error, `first(where:)`)
/// asks for no further page; cancelling the reading task cancels the requests in flight and
/// throws `CancellationError`.
///
/// ```swift
/// for try await ticket in space.pagedTickets() {
///     if ticket.status == "Test" { print(ticket.number); break }   // later pages are never asked for
/// }
/// for try await page in assembla.pagedStream(from: yesterday).pages { print(page.count) }
/// let all = try await space.pagedTickets().collect()               // the same as space.tickets()
/// ```
///
/// A read from a space whose cache holds the list is answered from the cache; a streamed
/// read does not fill the cache (the array methods do).
public struct Paged<Item: Sendable>: AsyncSequence, Sendable {
    /// The items.
    public typealias Element = Item

    let open: @Sendable () async throws -> PageReader<Item>

    /// A sequence whose every iteration starts a read through `open`.
    init(open: @escaping @Sendable () async throws -> PageReader<Item>) { self.open = open }

    /// The pages, in order, each as the server sent it (never empty).
    public var pages: Pages { Pages(open: open) }

    /// Starts a read.
    public func makeAsyncIterator() -> Iterator { Iterator(pages: Pages.Iterator(open: open)) }

    /// Every item: reads the list to its end.
    public func collect() async throws -> [Item] {
        var items: [Item] = []
        for try await page in pages { items += page }
        return items
    }

    /// The same list with each item transformed (and only those `transform` keeps).
    func compactMap<Other: Sendable>(_ transform: @escaping @Sendable (Item) -> Other?) -> Paged<Other> {
        let open = self.open
        return Paged<Other> { try await open().compactMap(transform) }
    }

    /// Hands out the items one at a time.
    public struct Iterator: AsyncIteratorProtocol {
        var pages: Pages.Iterator
        var page: [Item] = []
        var index = 0

        /// The next item, or nil after the last.
        public mutating func next() async throws -> Item? {
            while index >= page.count {
                guard let next = try await pages.next() else { return nil }
                page = next
                index = 0
            }
            index += 1
            return page[index - 1]
        }
    }

    /// The pages of a ``Paged`` list.
    public struct Pages: AsyncSequence, Sendable {
        /// One page of items.
        public typealias Element = [Item]

        let open: @Sendable () async throws -> PageReader<Item>

        /// Starts a read.
        public func makeAsyncIterator() -> Iterator { Iterator(open: open) }

        /// Hands out the pages one at a time.
        public struct Iterator: AsyncIteratorProtocol {
            let open: @Sendable () async throws -> PageReader<Item>
            var reader: PageReader<Item>?
            var finished = false

            /// The next page, or nil after the last.
            public mutating func next() async throws -> [Item]? {
                guard !finished else { return nil }
                do {
                    if reader == nil { reader = try await open() }
                    if let page = try await reader?.next() { return page }
                } catch {
                    finished = true
                    reader = nil
                    throw error
                }
                finished = true
                reader = nil
                return nil
            }
        }
    }
}
