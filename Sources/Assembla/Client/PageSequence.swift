/// The pages of a paged list as an `AsyncSequence`, read as they are consumed: page 1
/// alone, then batches of 2, 4, … up to `window` pages, the next batch when one is read (0:
/// each page only when asked for, so a consumer that stops early — `first 10` — costs no
/// extra request). Growing batches rather than a sliding window: a short list costs at most
/// one request past its end, a long one at most `window - 1` (a 600-item list at 100 a page
/// costs 7 requests, not 12).
/// Pages keep the API's order; an empty or short page ends the list.
public struct PageSequence<Element: Sendable>: AsyncSequence, Sendable {
    /// One page.
    public typealias Page = [Element]
    let pageSize: Int
    let window: Int
    let fetch: @Sendable (_ page: Int, _ size: Int) async throws -> [Element]

    /// Starts reading.
    public func makeAsyncIterator() -> Iterator {
        Iterator(reader: Reader(pageSize: Swift.max(1, pageSize), window: Swift.max(0, window), fetch: fetch))
    }

    /// Pages of items already in memory (an answer from the cache), `pageSize` at a time.
    static func inMemory(_ items: [Element], pageSize: Int) -> PageSequence {
        let size = Swift.max(1, pageSize)
        return PageSequence(pageSize: size, window: 0) { page, size in
            let start = (page - 1) * size
            guard start < items.count else { return [] }
            return Array(items[start..<Swift.min(start + size, items.count)])
        }
    }

    /// Reads the next page in order.
    public struct Iterator: AsyncIteratorProtocol {
        let reader: Reader

        /// The next page, or nil after the last one.
        public mutating func next() async throws -> [Element]? { try await reader.next() }
    }

    /// Owns the pages in flight. Pages read ahead past the end are left to finish, not
    /// cancelled: cancelling a task whose URLSession request is completing can deadlock
    /// FoundationNetworking on Linux, and the request was sent anyway.
    final class Reader: @unchecked Sendable {
        private let pageSize: Int
        private let window: Int
        private let fetch: @Sendable (Int, Int) async throws -> [Element]
        private var inFlight: [Task<[Element], any Error>] = []
        private var nextPage = 1
        private var batch = 1
        private var finished = false

        init(pageSize: Int, window: Int, fetch: @escaping @Sendable (Int, Int) async throws -> [Element]) {
            self.pageSize = pageSize
            self.window = window
            self.fetch = fetch
        }

        private func launch() {
            let page = nextPage, size = pageSize, fetch = fetch
            inFlight.append(Task { try await fetch(page, size) })
            nextPage += 1
        }

        func next() async throws -> [Element]? {
            guard !finished else { return nil }
            if inFlight.isEmpty { launch() }
            let task = inFlight.removeFirst()
            let items: [Element]
            do {
                items = try await withTaskCancellationHandler { try await task.value } onCancel: { task.cancel() }
            } catch {
                finish()
                throw error
            }
            if items.count < pageSize {
                finish()
                return items.isEmpty ? nil : items
            }
            if inFlight.isEmpty, window > 0 {
                batch = Swift.min(window, batch * 2)
                for _ in 0..<batch { launch() }
            }
            return items
        }

        private func finish() {
            finished = true
            inFlight = []
        }
    }
}
