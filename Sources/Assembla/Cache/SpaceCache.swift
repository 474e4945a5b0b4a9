/// The in-memory cache of one space (or, for ``ClientCache/root``, of portfolio-wide
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
        case loading(Task<CachedValue, any Error>, generation: Int)
    }

    private var entries: [CacheKey: Entry] = [:]
    /// Callers waiting on each in-flight load (caller → cancelled?): a load is cancelled
    /// when every caller waiting on it was.
    private var waiting: [CacheKey: [Int: Bool]] = [:]
    private var nextCaller = 0
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

    /// The list stored under `key`, or loads it (sharing a load already in flight).
    func list<Item: Cacheable>(_ key: CacheKey, load: @escaping @Sendable () async throws -> [Item]) async throws -> [Item] {
        switch entries[key] {
        case .ready(let value)?:
            if isActive, let items = Item.items(in: value) { return items }
        case .loading(let task, _)?:
            if let items = Item.items(in: try await wait(for: task, key: key)) { return items }
        case nil:
            break
        }
        let task = Task { Item.cached(try await load()) }
        let started = generation
        entries[key] = .loading(task, generation: started)
        let result: CachedValue
        do {
            result = try await wait(for: task, key: key)
        } catch {
            if case .loading(_, let g)? = entries[key], g == started { entries[key] = nil }
            throw error
        }
        if case .loading(_, let g)? = entries[key], g == started {
            entries[key] = (isActive && generation == started) ? .ready(result) : nil
        }
        return Item.items(in: result) ?? []
    }

    /// Waits for a shared load; when every caller waiting on it is cancelled, the load is too.
    private func wait(for task: Task<CachedValue, any Error>, key: CacheKey) async throws -> CachedValue {
        nextCaller += 1
        let caller = nextCaller
        waiting[key, default: [:]][caller] = false
        let value: Result<CachedValue, any Error> = await withTaskCancellationHandler {
            do { return .success(try await task.value) } catch { return .failure(error) }
        } onCancel: {
            Task { await self.cancel(caller, key: key, task: task) }
        }
        waiting[key]?[caller] = nil
        if waiting[key]?.isEmpty == true { waiting[key] = nil }
        try Task.checkCancellation()
        return try value.get()
    }

    private func cancel(_ caller: Int, key: CacheKey, task: Task<CachedValue, any Error>) {
        guard waiting[key]?[caller] != nil else { return }
        waiting[key]?[caller] = true
        if waiting[key]?.values.allSatisfy({ $0 }) == true { task.cancel() }
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
