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
    /// The cache of portfolio-wide lists.
    let root: SpaceCache

    init(active: Bool) {
        defaultActive = active
        root = SpaceCache(active: active)
    }

    /// The cache of the space with `id` (one per space for the client's lifetime).
    func space(_ id: String) -> SpaceCache {
        if let cache = spaces[id] { return cache }
        let cache = SpaceCache(active: defaultActive)
        spaces[id] = cache
        return cache
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
