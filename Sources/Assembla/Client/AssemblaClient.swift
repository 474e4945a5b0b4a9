import Foundation

/// The client: spaces, users, tasks and the activity stream of an Assembla account.
///
/// ```swift
/// let assembla = AssemblaClient(credentials: .apiKey(key: key, secret: secret))
/// let space = try await assembla.space(named: "Big Project")
/// print(try await space.ticket(number: 201).status)
/// ```
///
/// Reads are cached per space (see ``cache``); paged lists are read to the end with a
/// bounded number of requests in flight; failures throw ``AssemblaError``.
public final class AssemblaClient: Sendable {
    let core: ClientCore

    /// A client for `baseURL` (default `https://api.assembla.com`) with these credentials;
    /// `useCache: false` starts every space with its cache deactivated.
    public convenience init(credentials: Credentials, baseURL: URL = AssemblaConfiguration.defaultBaseURL,
                            useCache: Bool = true) {
        self.init(configuration: AssemblaConfiguration(credentials: credentials, baseURL: baseURL, useCache: useCache))
    }

    /// A client with every setting given.
    public init(configuration: AssemblaConfiguration) {
        core = ClientCore(configuration: configuration)
    }

    /// The settings, read for every request; change them at any time
    /// (e.g. `assembla.configuration.onRequest = { print($0) }`).
    public var configuration: AssemblaConfiguration {
        get { core.settings.current }
        set { core.settings.update { $0 = newValue } }
    }

    /// The caches of all spaces: `await assembla.cache.clear()`, `.deactivate()`, `.activate()`.
    public var cache: ClientCache { core.caches }

    /// The hint store the client was created with (``AssemblaConfiguration/hints``): call
    /// `assembla.hints?.flush()` to write what this client learned for the next run.
    public var hints: HintStore? { core.hints }

    // MARK: Spaces

    /// Every space the caller can see (cached).
    public func spaces() async throws -> [SpaceHandle] {
        let records: [Space] = try await core.caches.root.list(.spaces) { [core] in
            let spaces: [Space] = try await core.send(SpaceEndpoints.list())
            core.hints?.remember(spaces: spaces)
            return spaces
        }
        return await handles(for: records)
    }

    /// The spaces list as the configured ``HintStore`` last saw it (an earlier run, or this
    /// client), without a request; nil when there is no store or it holds no list yet.
    ///
    /// It may be stale: use it only to start reads early, and check it against
    /// ``spaces()`` before trusting what they return. The shell starts the reads of
    /// `space "Big Project" | tickets` this way while the live list is on its way, and keeps
    /// them only when the live record of the space is identical to the remembered one.
    public func rememberedSpaces() async -> [SpaceHandle]? {
        guard let spaces = core.hints?.spaces else { return nil }
        return await handles(for: spaces)
    }

    /// The space called `name`: exact name, id or wiki name first, then a case-insensitive
    /// match, then a unique partial match; the handle's ``SpaceHandle/match`` says which.
    /// Throws `.noMatch` (with near names) or `.ambiguous`. A space found by a partial match
    /// can be read but not deleted or updated (look it up exactly, or with ``space(id:)``).
    public func space(named name: String) async throws -> SpaceHandle {
        let all = try await spaces()
        let matcher = NameMatcher<SpaceHandle>(kind: "space", keys: { [$0.record.id, $0.record.wikiName, $0.record.name] },
                                               name: { $0.record.name })
        let (found, match) = try matcher.match(name, in: all)
        var handle = found
        handle.match = match
        return handle
    }

    /// The space with this id or wiki name, with one `GET /v1/spaces/:id` (cached; the list of
    /// spaces is not read). Use it to make a handle from a saved id.
    ///
    /// ```swift
    /// let space = try await assembla.space(id: savedSpaceID)
    /// let ticket = try await space.ticket(number: 201)
    /// ```
    public func space(id: String) async throws -> SpaceHandle {
        let endpoint = SpaceEndpoints.show(id)
        let found: [Space] = try await core.caches.root.list(.space(id)) { [core] in [try await core.send(endpoint)] }
        return await handle(for: found[0])
    }

    /// The spaces that have a tool of `type` installed (tools fetched concurrently, bounded).
    public func spaces(withTool type: ToolType) async throws -> [SpaceHandle] {
        let all = try await spaces()
        let limit = core.configuration.maxConcurrentRequests
        let flags = try await boundedMap(all, limit: limit) { space in
            try await space.tools().contains(where: type.matches)
        }
        return zip(all, flags).filter(\.1).map(\.0)
    }

    /// The spaces with the tool named `tool` ("Tickets", "git", or a type number as text).
    public func spaces(withTool tool: String) async throws -> [SpaceHandle] {
        try await spaces(withTool: ToolType.resolve(tool))
    }

    /// The spaces with the tool of type number `toolID` (e.g. 13 for Tickets).
    public func spaces(withTool toolID: Int) async throws -> [SpaceHandle] {
        try await spaces(withTool: ToolType(id: toolID))
    }

    func handle(for record: Space) async -> SpaceHandle {
        SpaceHandle(record: record, core: core, cache: await core.caches.space(record.id))
    }

    func handles(for records: [Space]) async -> [SpaceHandle] {
        var handles: [SpaceHandle] = []
        handles.reserveCapacity(records.count)
        for record in records { handles.append(await handle(for: record)) }
        return handles
    }

    // MARK: Users

    /// The caller (`GET /v1/user`, cached).
    public func me() async throws -> User {
        try await single(.me) { [core] in try await core.send(UserEndpoints.me()) }
    }

    /// The user with this login or id (`GET /v1/users/:login`, cached).
    public func user(login: String) async throws -> User {
        let endpoint = UserEndpoints.find(login)
        return try await single(.user(login)) { [core] in try await core.send(endpoint) }
    }

    private func single(_ key: CacheKey, load: @escaping @Sendable () async throws -> User) async throws -> User {
        let users: [User] = try await core.caches.root.list(key) { [try await load()] }
        return users[0]
    }

    /// The requests sent and not yet answered, oldest first (e.g. `GET /v1/spaces`), so a
    /// caller whose own deadline passed can name the request that hung.
    public var requestsInFlight: [String] { core.inFlight.pending }

    // MARK: Tasks and the stream

    /// Time entries ("tasks") that began between `from` and `to` (either may be nil), every
    /// page; only those of the spaces `spaceIDs` and users `userIDs` when given (`spaces[]`,
    /// `users[]`, narrowed by the server).
    public func tasks(from: Date? = nil, to: Date? = nil, spaceIDs: [String] = [], userIDs: [String] = []) async throws
        -> [TimeEntry]
    {
        try APIDate.checked(from, "the start date")
        try APIDate.checked(to, "the end date")
        return try await pagedTasks(from: from, to: to, spaceIDs: spaceIDs, userIDs: userIDs).collect()
    }

    /// Time entries that began between `from` and `to`, as they arrive (see ``Paged``).
    /// The API takes minutes: the request covers the whole minutes around the window and
    /// entries outside it are dropped, so `to: Date()` keeps this minute's entries.
    public func pagedTasks(from: Date? = nil, to: Date? = nil, spaceIDs: [String] = [], userIDs: [String] = [])
        -> Paged<TimeEntry>
    {
        let window = TimeWindow(from: from, to: to)
        return core.paged(TaskEndpoints.list(window, spaceIDs: spaceIDs, userIDs: userIDs))
            .compactMap { window.contains($0.beginAt) ? $0 : nil }
    }

    /// Activity-stream events between `from` and `to` (either may be nil), optionally of one
    /// space, every page.
    public func stream(from: Date? = nil, to: Date? = nil, space: SpaceHandle? = nil) async throws -> [StreamEvent] {
        try APIDate.checked(from, "the start date")
        try APIDate.checked(to, "the end date")
        return try await pagedStream(from: from, to: to, space: space).collect()
    }

    /// Activity-stream events as they arrive (see ``Paged``), newest first. The API takes
    /// minutes (UTC `YYYY-MM-DD HH:MM`): the request covers the whole minutes around the
    /// window and events outside it are dropped, so `to: Date()` keeps this minute's events.
    public func pagedStream(from: Date? = nil, to: Date? = nil, space: SpaceHandle? = nil) -> Paged<StreamEvent> {
        let window = TimeWindow(from: from, to: to)
        return core.paged(StreamEndpoints.activity(window, spaceID: space?.record.id))
            .compactMap { window.contains($0.date) ? $0 : nil }
    }
}
