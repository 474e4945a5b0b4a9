/// The in-memory cache of one space (or, for the client-wide cache, of portfolio-wide
/// lists): a repeated read costs no request while it is active; concurrent identical reads
/// share one in-flight request whether it is active or not; while a hold is open (one
/// statement of the language: ``ClientCache/hold()``) every list read is kept even when it is
/// deactivated. Lists read only in part (``prefix(_:open:until:)``) are kept the same way and
/// are never taken for the whole list: a whole-list read goes on from the pages read.
///
/// ```swift
/// await space.cache.deactivate()   // every later read goes to the server
/// await space.cache.clear()        // drop what is stored; the next reads refill it
/// ```
public actor SpaceCache {
    private enum Entry {
        case ready(CachedValue)
        case loading(Task<CachedValue, any Error>, load: Int)
        /// A list read only as far as its readers needed (a ``ListPrefix`` of the key's item type).
        case partial(any Actor)
    }

    private var entries: [CacheKey: Entry] = [:]
    /// The callers waiting on each in-flight load (load id → caller → its continuation). A
    /// cancelled caller is resumed at once and leaves; a load is cancelled when no caller
    /// waits on it any more.
    private var waiting: [Int: [Int: CheckedContinuation<CachedValue, any Error>]] = [:]
    private var nextID = 0
    private var generation = 0
    /// Open holds (``ClientCache/hold()``): while there is one, lists are kept even when inactive.
    private var holds: Int
    /// Whether reads are answered from memory.
    public private(set) var isActive: Bool

    init(active: Bool, holds: Int = 0) {
        isActive = active
        self.holds = holds
    }

    /// Whether a finished read is kept: while active, or while a hold is open.
    private var keeps: Bool { isActive || holds > 0 }

    /// Drops every stored list; later reads refill the cache.
    public func clear() {
        generation += 1
        entries = entries.filter { if case .loading = $0.value { true } else { false } }
    }

    /// Opens a hold: until it is released, every list read is kept (see ``ClientCache/hold()``).
    func hold() { holds += 1 }

    /// Releases a hold; after the last one a deactivated cache drops what it kept only
    /// because of the hold.
    func release() {
        holds = max(0, holds - 1)
        guard holds == 0, !isActive else { return }
        entries = entries.filter { if case .loading = $0.value { true } else { false } }
    }

    /// Stops answering from memory (and drops what is stored).
    public func deactivate() {
        isActive = false
        clear()
    }

    /// Starts answering repeated reads from memory again.
    public func activate() { isActive = true }

    /// The list stored under `key`, or loads it (sharing a load already in flight). The load
    /// runs on its own: a cancelled caller returns at once with `CancellationError` while the
    /// load goes on for the other callers, and its result is stored when it finishes.
    func list<Item: Cacheable>(_ key: CacheKey, load: @escaping @Sendable () async throws -> [Item]) async throws -> [Item] {
        if let items: [Item] = try await stored(key, until: { _ in false }) { return items }
        nextID += 1
        let id = nextID, started = generation
        let task = Task { Item.cached(try await load()) }
        entries[key] = .loading(task, load: id)
        Task {
            let result = await task.result
            self.finish(key, load: id, generation: started, result: result)
        }
        return Item.items(in: try await wait(for: id)) ?? []
    }

    /// Stores the result of load `id` (when it is still the entry for `key` and nothing was
    /// cleared meanwhile) and hands it to every caller still waiting.
    private func finish(_ key: CacheKey, load id: Int, generation started: Int, result: Result<CachedValue, any Error>) {
        if case .loading(_, let current)? = entries[key], current == id {
            if case .success(let value) = result, keeps, generation == started {
                entries[key] = .ready(value)
            } else {
                entries[key] = nil
            }
        }
        for continuation in (waiting.removeValue(forKey: id) ?? [:]).values { continuation.resume(with: result) }
    }

    /// Waits for load `id`; a cancelled caller stops waiting at once.
    private func wait(for id: Int) async throws -> CachedValue {
        nextID += 1
        let caller = nextID
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                waiting[id, default: [:]][caller] = continuation
            }
        } onCancel: {
            Task { await self.cancel(caller, of: id) }
        }
    }

    /// Resumes a cancelled caller; cancels the load when nobody waits on it any more.
    private func cancel(_ caller: Int, of id: Int) {
        guard let continuation = waiting[id]?.removeValue(forKey: caller) else { return }
        continuation.resume(throwing: CancellationError())
        guard waiting[id]?.isEmpty ?? true else { return }
        waiting[id] = nil
        for (key, entry) in entries {
            if case .loading(let task, let current) = entry, current == id {
                task.cancel()
                entries[key] = nil
            }
        }
    }

    /// The list stored under `key` when the cache is active and holds it; never loads.
    func peek<Item: Cacheable>(_ key: CacheKey, as type: Item.Type = Item.self) -> [Item]? {
        guard keeps, case .ready(let value)? = entries[key] else { return nil }
        return Item.items(in: value)
    }

    /// What is stored under `key`, whole or read in part (for completion of names); never loads.
    func peekPrefix<Item: Cacheable>(_ key: CacheKey, as type: Item.Type = Item.self) async -> [Item]? {
        switch entries[key] {
        case .ready(let value)? where keeps: return Item.items(in: value)
        case .partial(let prefix as ListPrefix<Item>)?: return await prefix.items
        default: return nil
        }
    }

    // MARK: Lists read in part

    /// The list under `key` read only as far as needed: a stored whole list as it is, else the
    /// pages read so far of one shared read (opened with `open`, one page at a time), reading
    /// further until `enough` holds for the items or the list ends. The part read is kept as a
    /// whole list would be (while active or held), so no page is read twice; a list read to
    /// its end is stored whole, as ``list(_:load:)`` stores it. A caller that needs the whole
    /// list (to resolve a name: ambiguity) calls ``list(_:load:)``, which goes on from the part
    /// read.
    func prefix<Item: Cacheable>(_ key: CacheKey, open: @escaping @Sendable () async throws -> PageReader<Item>,
                                 until enough: @escaping @Sendable ([Item]) -> Bool) async throws -> [Item] {
        if let items: [Item] = try await stored(key, until: enough) { return items }
        let prefix = ListPrefix(open: open)
        entries[key] = .partial(prefix)
        return try await read(key, prefix, until: enough)
    }

    /// The answer of what is stored under `key`: a kept whole list, the load in flight, or the
    /// part read so far read on until `enough` holds (nil: nothing stored answers).
    private func stored<Item: Cacheable>(_ key: CacheKey, until enough: @escaping @Sendable ([Item]) -> Bool) async throws -> [Item]? {
        switch entries[key] {
        case .ready(let value)?:
            return keeps ? Item.items(in: value) : nil
        case .loading(_, let id)?:
            return Item.items(in: try await wait(for: id))
        case .partial(let prefix as ListPrefix<Item>)?:
            return try await read(key, prefix, until: enough)
        case .partial?, nil:
            return nil
        }
    }

    /// Starts reading the first page of the list under `key` (see ``prefix(_:open:until:)``)
    /// without waiting for it, unless the list is stored or being read.
    func startPrefix<Item: Cacheable>(_ key: CacheKey, open: @escaping @Sendable () async throws -> PageReader<Item>,
                                      as type: Item.Type = Item.self) async {
        switch entries[key] {
        case .ready? where keeps: return
        case .loading?, .partial?: return
        default: break
        }
        guard keeps else { return }  // the part read would not be kept for the reader
        let prefix = ListPrefix(open: open)
        entries[key] = .partial(prefix)
        await prefix.start()
    }

    /// Reads `prefix` as far as `enough` asks, then stores the whole list when it was read to
    /// its end, or drops the part read when the cache keeps nothing (or when a page failed).
    private func read<Item: Cacheable>(_ key: CacheKey, _ prefix: ListPrefix<Item>,
                                       until enough: @escaping @Sendable ([Item]) -> Bool) async throws -> [Item] {
        let started = generation
        let isCurrent = { [self] in
            if case .partial(let current)? = entries[key] { ObjectIdentifier(current) == ObjectIdentifier(prefix) } else { false }
        }
        do {
            let (items, complete) = try await prefix.read(until: enough)
            if isCurrent() {
                if complete, keeps, generation == started {
                    entries[key] = .ready(Item.cached(items))
                } else if complete || !keeps {
                    entries[key] = nil
                }
            }
            return items
        } catch {
            if isCurrent() { entries[key] = nil }
            throw error
        }
    }

    /// Drops the stored lists of exactly these resources (after a write that changed them).
    func invalidate(_ resources: Set<CacheKey.Resource>) {
        generation += 1
        entries = entries.filter { !resources.contains($0.key.resource) }
    }
}
