/// The lists that derived fields and names need (spaces, users and milestones per space, the
/// caller), read through the backend. It stores nothing: the library's one cache keeps each
/// list for the statement (the session holds it, ``QueryBackend/holdLists()``), shares a
/// read in flight between concurrent askers, and keeps lists across statements only while
/// the cache is on. Ids become names from lists read only until the ids are found
/// (`users(of:containing:)`); names become ids from whole lists (`users(of:)`).
struct Lookups: Sendable {
    let backend: any QueryBackend

    /// Every space of the current user.
    func spaces() async throws -> [Record] { try await backend.spaces(withTool: nil) }

    /// The user the credentials belong to (for `me` as a value).
    func me() async throws -> Record { try await backend.me() }

    /// Every user of a space (to resolve a name, or to list them).
    func users(of space: Record) async throws -> [Record] { try await backend.users(space: space) }

    /// Every milestone of a space (to resolve a title, or to list them).
    func milestones(of space: Record) async throws -> [Record] { try await backend.milestones(space: space) }

    /// The users of a space read until every id in `ids` is among them (or the list ends).
    func users(of space: Record, containing ids: Set<String>) async throws -> [Record] {
        try await backend.users(space: space, containing: ids)
    }

    /// The milestones of a space read until every id in `ids` is among them (or the list ends).
    func milestones(of space: Record, containing ids: Set<Int>) async throws -> [Record] {
        try await backend.milestones(space: space, containing: ids)
    }

    /// Starts loading `needed` for `spaces` without waiting, so lookups run alongside the
    /// source's first page instead of after it (users and milestones: their first page).
    func prefetch(_ needed: Set<Lookup>, spaces: [Record]) async {
        if needed.contains(.spaces) {
            let backend = self.backend
            Task { _ = try? await backend.spaces(withTool: nil) }
        }
        guard needed.contains(.users) || needed.contains(.milestones) else { return }
        for space in spaces {
            await backend.startLookups(space: space, users: needed.contains(.users), milestones: needed.contains(.milestones))
        }
    }

    /// Names read so far (spaces, users' logins and names, milestone titles), for completion.
    func seenNames() async -> [String] { await backend.heldNames() }

    /// The space with this id, if it is one of the user's spaces.
    func space(id: String) async throws -> Record? {
        try await spaces().first { $0.text("id") == id }
    }
}
