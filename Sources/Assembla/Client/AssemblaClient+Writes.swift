extension AssemblaClient {
    /// Creates a space named `name` with any other writable attributes (`POST /v1/spaces`).
    @discardableResult
    public func createSpace(named name: String, attributes: Attributes = [:]) async throws -> SpaceHandle {
        var body = attributes
        body["name"] = .string(name)
        let created = try await core.send(SpaceEndpoints.create(body))
        await core.caches.root.invalidate([.spaces])
        return await handle(for: created)
    }

    /// Records time worked (`POST /v1/tasks` with `{"user_task":{…}}`).
    @discardableResult
    public func createTask(_ fields: TaskFields) async throws -> TimeEntry {
        try fields.checkDates()
        return try await core.send(TaskEndpoints.create(fields.attributes))
    }

    /// Changes only the given attributes of task `id`.
    public func updateTask(_ id: Int, _ fields: TaskFields) async throws {
        try fields.checkDates()
        try await core.send(TaskEndpoints.update(id: id, fields.attributes))
    }

    /// Deletes task `id`.
    public func deleteTask(_ id: Int) async throws {
        try await core.send(TaskEndpoints.delete(id: id))
    }
}
