/// A list being read page by page only as far as its readers need (ids to names need only the
/// pages that hold the ids): the pages read so far, one read of the list (no page is asked for
/// twice) and at most one page in flight, which every reader waiting for more shares.
/// A failed or cancelled page ends the prefix (``isBroken``): its read cannot go on, so the
/// cache drops it and the next reader starts a new one.
actor ListPrefix<Item: Sendable> {
    /// The items of the pages read so far, in the list's order.
    private(set) var items: [Item] = []
    /// Whether the list's end was reached (``items`` is then the whole list).
    private(set) var isComplete = false
    /// Whether a page failed (no further page can be read from this read).
    private(set) var isBroken = false
    private var started = false
    private let open: @Sendable () async throws -> PageReader<Item>
    private var reader: PageReader<Item>?
    private var reading: Task<Void, any Error>?
    private var waiters = 0

    /// A prefix that opens its read with `open` when the first page is wanted.
    init(open: @escaping @Sendable () async throws -> PageReader<Item>) { self.open = open }

    /// Reads pages until `enough` holds for the items read (checked once a page was read) or
    /// the list ends; the items read, and whether they are the whole list.
    /// - Throws: the failure of a page's request; `CancellationError` when the caller is cancelled.
    func read(until enough: @Sendable ([Item]) -> Bool) async throws -> (items: [Item], complete: Bool) {
        while !isComplete, !started || !enough(items) {
            if isBroken { throw CancellationError() }
            let task = reading ?? startReading()
            waiters += 1
            defer { waiters -= 1 }
            try await withTaskCancellationHandler { try await task.value } onCancel: {
                Task { await self.cancel(task) }
            }
            try Task.checkCancellation()
        }
        return (items, isComplete)
    }

    /// Starts reading the next page without waiting for it (a reader arriving later shares it).
    func start() {
        if !isComplete, !isBroken, reading == nil { _ = startReading() }
    }

    private func startReading() -> Task<Void, any Error> {
        let task = Task {
            do {
                if reader == nil { reader = try await open() }
                guard let reader else { return }
                receive(try await reader.next())
            } catch {
                isBroken = true
                reading = nil
                throw error
            }
        }
        reading = task
        return task
    }

    private func receive(_ page: [Item]?) {
        started = true
        reading = nil
        if let page { items += page } else { isComplete = true }
    }

    /// A cancelled reader cancels the page in flight when nobody else waits for it.
    private func cancel(_ task: Task<Void, any Error>) {
        if waiters <= 1 { task.cancel() }
    }
}
