/// A space and everything reachable from it. Its record's fields read directly
/// (`space.name`, `space.wikiName`); reads go through the space's ``cache``.
///
/// ```swift
/// let space = try await assembla.space(named: "Big Project")
/// let rc1 = try await space.milestone(named: "Release Candidate 1")
/// let testing = try await space.tickets(where: TicketFilter(status: "Test"))
/// ```
@dynamicMemberLookup
public struct SpaceHandle: Sendable, Hashable {
    /// The space as the API returned it.
    public let record: Space
    /// This space's cache: `await space.cache.clear()`, `.deactivate()`, `.activate()`.
    public let cache: SpaceCache
    let core: ClientCore
    /// How ``AssemblaClient/space(named:)`` found this space (nil when it came from a list or an id).
    public internal(set) var match: NameMatch?

    init(record: Space, core: ClientCore, cache: SpaceCache) {
        self.record = record
        self.core = core
        self.cache = cache
    }

    /// A field of the record, e.g. `space.name`.
    public subscript<Value>(dynamicMember keyPath: KeyPath<Space, Value>) -> Value { record[keyPath: keyPath] }

    /// Handles are equal when their records are.
    public static func == (lhs: SpaceHandle, rhs: SpaceHandle) -> Bool { lhs.record == rhs.record }
    /// Hashes the record.
    public func hash(into hasher: inout Hasher) { hasher.combine(record) }

    // MARK: Cached reads

    func cached<Item: Cacheable>(_ key: CacheKey, _ endpoint: Endpoint<[Item]>) async throws -> [Item] {
        try await cache.list(key) { [core] in try await core.send(endpoint) }
    }

    func cached<Item: Cacheable>(_ key: CacheKey, _ endpoint: PagedEndpoint<Item>) async throws -> [Item] {
        try await cache.list(key) { [core] in try await core.readAll(endpoint) }
    }

    /// A paged list as it arrives: from the cache when it holds the list under `key`, else
    /// from the server (`key` nil: a filtered read no cached list answers).
    func streamed<Item: Cacheable>(_ key: CacheKey?, _ endpoint: PagedEndpoint<Item>) -> Paged<Item> {
        let cache = self.cache, network = core.paged(endpoint)
        return Paged {
            if let key, let items: [Item] = await cache.peek(key) { return PageReader(items) }
            return try await network.open()
        }
    }

    // MARK: Milestones

    /// Every milestone, completed ones included.
    public func milestones() async throws -> [MilestoneHandle] {
        try await cached(.milestones, MilestoneEndpoints.all(record.id)).map { MilestoneHandle(record: $0, space: self) }
    }

    /// The milestone titled `title` (exact, then ignoring case, then a unique partial match; or its id).
    public func milestone(named title: String) async throws -> MilestoneHandle {
        let matcher = NameMatcher<MilestoneHandle>(kind: "milestone", keys: { [String($0.record.id), $0.record.title] },
                                                   name: { $0.record.title })
        let milestones = try await milestones()
        let (found, match) = try matcher.match(title, in: milestones)
        var handle = found
        handle.match = match
        return handle
    }

    /// The milestone with this id (e.g. a saved one): taken from the cached milestone list
    /// when it holds it, else one `GET …/milestones/:id`.
    public func milestone(id: Int) async throws -> MilestoneHandle {
        if let all: [Milestone] = await cache.peek(.milestones), let found = all.first(where: { $0.id == id }) {
            return MilestoneHandle(record: found, space: self)
        }
        let endpoint = MilestoneEndpoints.show(record.id, id: id)
        let found: [Milestone] = try await cache.list(.milestone(id)) { [core] in [try await core.send(endpoint)] }
        return MilestoneHandle(record: found[0], space: self)
    }

    // MARK: Tickets

    /// Every ticket (all pages), in the API's order.
    public func tickets() async throws -> [TicketHandle] {
        try await cached(.tickets, TicketEndpoints.list(record.id)).map { TicketHandle(record: $0, space: self) }
    }

    /// The tickets that pass `filter`.
    public func tickets(where filter: TicketFilter) async throws -> [TicketHandle] {
        try await filtered(try await tickets(), by: filter)
    }

    /// The ticket with this number: taken from the cached ticket list when it holds it,
    /// else `GET …/tickets/:number` (so a ticket created since the list was read is found).
    public func ticket(number: Int) async throws -> TicketHandle {
        if let all: [Ticket] = await cache.peek(.tickets), let found = all.first(where: { $0.number == number }) {
            return TicketHandle(record: found, space: self)
        }
        let endpoint = TicketEndpoints.show(record.id, number: number)
        let found: [Ticket] = try await cache.list(.ticket(number)) { [core] in [try await core.send(endpoint)] }
        return TicketHandle(record: found[0], space: self)
    }

    /// `tickets` narrowed by `filter`, resolving its assignee and milestone names here.
    func filtered(_ tickets: [TicketHandle], by filter: TicketFilter) async throws -> [TicketHandle] {
        var assigneeID: String?
        if let assignee = filter.assignee { assigneeID = try await user(named: assignee).record.id }
        var milestoneID: Int?
        if let milestone = filter.milestone { milestoneID = try await self.milestone(named: milestone).record.id }
        let kept = tickets.filter { filter.matches($0.record, assigneeID: assigneeID, milestoneID: milestoneID) }
        if kept.isEmpty, let status = filter.status {
            let known = try await statuses()
            if !known.contains(where: { $0.name.caseInsensitiveCompare(status) == .orderedSame }) {
                throw NameMatcher<TicketStatus>(kind: "status", keys: { [$0.name] }, name: \.name).noMatch(status, in: known)
            }
        }
        return kept
    }

    // MARK: Users

    /// The space's members.
    public func users() async throws -> [UserHandle] {
        try await cached(.members, UserEndpoints.members(record.id)).map { UserHandle(record: $0, space: self) }
    }

    /// The member with this name or login (exact, then ignoring case, then a unique partial match).
    public func user(named name: String) async throws -> UserHandle {
        let users = try await users()
        return try UserHandle.named(name, in: users)
    }

    /// The members' roles (`user_roles`).
    public func members() async throws -> [UserRole] {
        try await cached(.roles, UserRoleEndpoints.list(record.id))
    }

    // MARK: Workflow and tools

    /// The ticket statuses (New, Accepted, Test, …).
    public func statuses() async throws -> [TicketStatus] { try await cached(.statuses, TicketStatusEndpoints.list(record.id)) }

    /// The custom ticket fields.
    public func customFields() async throws -> [CustomField] { try await cached(.customFields, CustomFieldEndpoints.list(record.id)) }

    /// The tags.
    public func tags() async throws -> [Tag] { try await cached(.tags, TagEndpoints.list(record.id)) }

    /// The installed tools.
    public func tools() async throws -> [SpaceTool] { try await cached(.tools, SpaceToolEndpoints.list(record.id)) }

    /// The repository tools (Git, Subversion, …).
    public func repositoryTools() async throws -> [SpaceTool] {
        try await cached(.repositoryTools, SpaceToolEndpoints.repositories(record.id))
    }

    /// The tool with this id, name or menu name (e.g. "git", "Tickets") or of this type.
    public func tool(named name: String) async throws -> SpaceTool {
        try await tool(named: name, exactly: false)
    }

    /// The tool; `exactly` (for writes) allows no partial match.
    func tool(named name: String, exactly: Bool) async throws -> SpaceTool {
        let tools = try await tools()
        if let type = try? ToolType.resolve(name), let match = tools.first(where: type.matches) { return match }
        let matcher = NameMatcher<SpaceTool>(kind: "tool", keys: { [$0.id, $0.name, $0.menuName] }, name: \.menuName)
        return exactly ? try matcher.findExactly(name, in: tools) : try matcher.find(name, in: tools)
    }
}
