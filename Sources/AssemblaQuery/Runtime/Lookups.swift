/// Per-statement memo of the lists that derived fields need (spaces, users and milestones per
/// space), so a statement asks for each list once, however many records it enriches.
actor Lookups {
    private let backend: any QueryBackend
    private var spaceList: Task<[Record], any Error>?
    private var usersBySpace: [String: Task<[Record], any Error>] = [:]
    private var milestonesBySpace: [String: Task<[Record], any Error>] = [:]
    private var meRecord: Task<[Record], any Error>?

    init(backend: any QueryBackend) {
        self.backend = backend
    }

    /// Every space of the current user.
    func spaces() async throws -> [Record] {
        if let spaceList { return try await Self.value(of: spaceList) }
        let backend = self.backend
        let task = Task { try await backend.spaces(withTool: nil) }
        spaceList = task
        return try await Self.value(of: task)
    }

    /// The user the credentials belong to (for `me` as a value).
    func me() async throws -> Record {
        if let meRecord { return try await Self.value(of: meRecord)[0] }
        let backend = self.backend
        let task = Task { [try await backend.me()] }
        meRecord = task
        return try await Self.value(of: task)[0]
    }

    /// The users of a space.
    func users(of space: Record) async throws -> [Record] {
        let key = space.text("id") ?? ""
        if let task = usersBySpace[key] { return try await Self.value(of: task) }
        let backend = self.backend
        let task = Task { try await backend.users(space: space) }
        usersBySpace[key] = task
        return try await Self.value(of: task)
    }

    /// The milestones of a space.
    func milestones(of space: Record) async throws -> [Record] {
        let key = space.text("id") ?? ""
        if let task = milestonesBySpace[key] { return try await Self.value(of: task) }
        let backend = self.backend
        let task = Task { try await backend.milestones(space: space) }
        milestonesBySpace[key] = task
        return try await Self.value(of: task)
    }

    /// Starts loading `needed` for `spaces` without waiting, so lookups run alongside the
    /// source's first page instead of after it.
    func prefetch(_ needed: Set<Lookup>, spaces: [Record]) {
        if needed.contains(.spaces), spaceList == nil {
            let backend = self.backend
            spaceList = Task { try await backend.spaces(withTool: nil) }
        }
        for space in spaces {
            let key = space.text("id") ?? ""
            let backend = self.backend
            if needed.contains(.users), usersBySpace[key] == nil {
                usersBySpace[key] = Task { try await backend.users(space: space) }
            }
            if needed.contains(.milestones), milestonesBySpace[key] == nil {
                milestonesBySpace[key] = Task { try await backend.milestones(space: space) }
            }
        }
    }

    /// The task's value; cancelling the waiter cancels the load (the memo lives for one
    /// statement, and a cancelled statement needs none of its lists).
    private static func value(of task: Task<[Record], any Error>) async throws -> [Record] {
        try await withTaskCancellationHandler { try await task.value } onCancel: { task.cancel() }
    }

    /// Names seen so far (spaces, users' logins and names, milestone titles), for completion.
    func seenNames() async -> [String] {
        var names: [String] = []
        if let spaces = try? await spaceList?.value { names += spaces.compactMap { $0.text("name") } }
        for task in usersBySpace.values {
            for user in (try? await task.value) ?? [] { names += [user.text("login"), user.text("name")].compactMap { $0 } }
        }
        for task in milestonesBySpace.values { names += ((try? await task.value) ?? []).compactMap { $0.text("title") } }
        return names
    }

    /// The space with this id, if it is one of the user's spaces.
    func space(id: String) async throws -> Record? {
        try await spaces().first { $0.text("id") == id }
    }
}
