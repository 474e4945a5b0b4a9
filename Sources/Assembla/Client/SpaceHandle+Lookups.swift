/// Lookup lists read only as far as ids need: turning the ids records reference into names
/// needs the pages that hold those ids, not proof that the list is complete (a short last
/// page costs a second request to prove it, see ``Pager``). A name → record resolution
/// (`milestone(named:)`, `user(named:)`) still reads the whole list, since a name is
/// ambiguous only against all of it.
///
/// ```swift
/// let ticket = try await space.ticket(number: 201)
/// let users = try await space.users(containing: Set([ticket.assignedToID].compactMap { $0 }))
/// let assignee = users.first { $0.id == ticket.assignedToID }?.name   // page 1 only, when it holds the id
/// ```
extension SpaceHandle {
    /// The members, read page by page only until every id in `ids` is among them or the list
    /// ends (at least its first page): an id missing from the answer is no member. A stored
    /// whole list answers without a request; the pages read are shared with concurrent askers
    /// and kept as the cache keeps lists (while active, or held: ``ClientCache/hold()``), so a
    /// later call, or ``users()``, goes on from them.
    public func users(containing ids: Set<String>) async throws -> [UserHandle] {
        let space = self
        return try await prefix(.members, UserEndpoints.members(record.id)) { users in
            ids.isSubset(of: Set(users.map(\.id)))
        }.map { UserHandle(record: $0, space: space) }
    }

    /// The milestones (completed ones included), read page by page only until every id in
    /// `ids` is among them or the list ends; see ``users(containing:)``.
    public func milestones(containing ids: Set<Int>) async throws -> [MilestoneHandle] {
        let space = self
        return try await prefix(.milestones, MilestoneEndpoints.all(record.id)) { milestones in
            ids.isSubset(of: Set(milestones.map(\.id)))
        }.map { MilestoneHandle(record: $0, space: space) }
    }

    /// Starts reading the first page of the members and of the milestones (as asked) without
    /// waiting, so that ``users(containing:)`` / ``milestones(containing:)`` later find it
    /// under way (lookups alongside a source's first page). Only while the cache is active or
    /// held: otherwise nothing would keep the page for the reader.
    public func startLookups(users: Bool, milestones: Bool) async {
        if users { await cache.startPrefix(.members, open: opener(UserEndpoints.members(record.id))) }
        if milestones { await cache.startPrefix(.milestones, open: opener(MilestoneEndpoints.all(record.id))) }
    }

    /// The members read so far (whole or in part; for completion of names), without a request.
    public func heldUsers() async -> [User] { await cache.peekPrefix(.members) ?? [] }

    /// The milestones read so far (whole or in part), without a request.
    public func heldMilestones() async -> [Milestone] { await cache.peekPrefix(.milestones) ?? [] }

    private func prefix<Item: Cacheable>(_ key: CacheKey, _ endpoint: PagedEndpoint<Item>,
                                         until enough: @escaping @Sendable ([Item]) -> Bool) async throws -> [Item] {
        try await cache.prefix(key, open: opener(endpoint), until: enough)
    }

    /// Opens one read of `endpoint` that asks for each page only when it is wanted.
    private func opener<Item: Cacheable>(_ endpoint: PagedEndpoint<Item>) -> @Sendable () async throws -> PageReader<Item> {
        let paged = core.paged(endpoint, intent: .pageByPage)
        return { try await paged.open() }
    }
}
