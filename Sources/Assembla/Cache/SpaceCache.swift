/// The in-memory cache of one space (or, for the client-wide cache, of portfolio-wide
/// lists): a repeated read costs no request while it is active; concurrent identical reads
/// share one in-flight request whether it is active or not.
///
/// ```swift
/// await space.cache.deactivate()   // every later read goes to the server
/// await space.cache.clear()        // drop what is stored; the next reads refill it
/// ```
public actor SpaceCache {
    private enum Entry {
        case ready(CachedValue)
        case loading(Task<CachedValue, any Error>, load: Int)
    }

    private var entries: [CacheKey: Entry] = [:]
    /// The callers waiting on each in-flight load (load id → caller → its continuation). A
    /// cancelled caller is resumed at once and leaves; a load is cancelled when no caller
    /// waits on it any more.
    private var waiting: [Int: [Int: CheckedContinuation<CachedValue, any Error>]] = [:]
    private var nextID = 0
    private var generation = 0
    /// Whether reads are answered from memory.
    public private(set) var isActive: Bool

    init(active: Bool) { isActive = active }

    /// Drops every stored list; later reads refill the cache.
    public func clear() {
        generation += 1
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
        switch entries[key] {
        case .ready(let value)?:
            if isActive, let items = Item.items(in: value) { return items }
        case .loading(_, let id)?:
            if let items = Item.items(in: try await wait(for: id)) { return items }
        case nil:
            break
        }
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
            if case .success(let value) = result, isActive, generation == started {
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
        guard isActive, case .ready(let value)? = entries[key] else { return nil }
        return Item.items(in: value)
    }

    /// Drops the stored lists of exactly these resources (after a write that changed them).
    func invalidate(_ resources: Set<CacheKey.Resource>) {
        generation += 1
        entries = entries.filter { !resources.contains($0.key.resource) }
    }
}
