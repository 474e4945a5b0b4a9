import Assembla

/// Lookup lists through the library's cache: read in part for ids → names, held for a statement.
extension ClientBackend {
    func users(space: Record, containing ids: Set<String>) async throws -> [Record] {
        try await handle(space).users(containing: ids).map { Record(model: $0.record) }
    }

    func milestones(space: Record, containing ids: Set<Int>) async throws -> [Record] {
        try await handle(space).milestones(containing: ids).map { Record(model: $0.record) }
    }

    func startLookups(space: Record, users: Bool, milestones: Bool) async {
        guard let handle = try? await handle(space) else { return }
        await handle.startLookups(users: users, milestones: milestones)
    }

    func holdLists() async { await client.cache.hold() }

    /// Also writes the hints the statement taught the client, for the next run.
    func releaseLists() async {
        await client.cache.release()
        client.hints?.flush()
    }

    func heldNames() async -> [String] {
        guard let spaces = await client.cachedSpaces() else { return [] }
        var names = spaces.map(\.record.name)
        for space in spaces {
            for user in await space.heldUsers() { names += [user.login, user.name] }
            names += await space.heldMilestones().map(\.title)
        }
        return names
    }
}
