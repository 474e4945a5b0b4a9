/// The caches of every space a client has opened, plus the portfolio-wide one (the list
/// of spaces, users looked up by login). `assembla.cache` acts on all of them.
///
/// ```swift
/// await assembla.cache.clear()
/// await assembla.cache.deactivate()
/// ```
public actor ClientCache {
    private var spaces: [String: SpaceCache] = [:]
    private var defaultActive: Bool
    private var holds = 0
    /// The cache of portfolio-wide lists.
    let root: SpaceCache

    init(active: Bool) {
        defaultActive = active
        root = SpaceCache(active: active)
    }

    /// The cache of the space with `id` (one per space for the client's lifetime).
    func space(_ id: String) -> SpaceCache {
        if let cache = spaces[id] { return cache }
        let cache = SpaceCache(active: defaultActive, holds: holds)
        spaces[id] = cache
        return cache
    }

    /// Opens a hold on every cache (and on those of spaces opened before ``release()``): until
    /// the matching `release()`, every list read is kept — even by a deactivated cache — and so
    /// are the pages read of lists read only in part (ids to names), so a unit of work reads
    /// each page once. The language holds for each statement: with `cache off`, a statement still
    /// reads the users of a space once, and the next statement reads them again. Writes still
    /// drop exactly the lists they change; `clear()` still drops everything.
    ///
    /// ```swift
    /// await assembla.cache.hold()
    /// defer { Task { await assembla.cache.release() } }
    /// ```
    public func hold() async {
        holds += 1
        let existing = Array(spaces.values)
        await root.hold()
        for cache in existing { await cache.hold() }
    }

    /// Releases a hold (see ``hold()``): after the last one, a deactivated cache drops what it kept.
    public func release() async {
        guard holds > 0 else { return }
        holds -= 1
        let existing = Array(spaces.values)
        await root.release()
        for cache in existing { await cache.release() }
    }

    /// Clears every space's cache and the portfolio-wide one.
    public func clear() async {
        await root.clear()
        for cache in spaces.values { await cache.clear() }
    }

    /// Deactivates every cache, and makes spaces opened later start deactivated.
    public func deactivate() async {
        defaultActive = false
        await root.deactivate()
        for cache in spaces.values { await cache.deactivate() }
    }

    /// Activates every cache, and makes spaces opened later start active.
    public func activate() async {
        defaultActive = true
        await root.activate()
        for cache in spaces.values { await cache.activate() }
    }
}
