extension AssemblaClient {
    /// Creates a space named `name` with any other writable attributes (`POST /v1/spaces`).
    @discardableResult
    public func createSpace(named name: String, attributes: Attributes = [:]) async throws -> SpaceHandle {
        try await prepareCreateSpace(named: name, attributes: attributes).send()
    }

    /// ``createSpace(named:attributes:)`` not sent.
    public func prepareCreateSpace(named name: String, attributes: Attributes = [:]) -> PendingWrite<SpaceHandle> {
        var body = attributes
        body["name"] = .string(name)
        return PendingWrite(SpaceEndpoints.create(body), core: core, invalidate: { [core] in await core.caches.root.invalidate([.spaces]) }) {
            [self] created in await handle(for: created)
        }
    }

    /// Records time worked (`POST /v1/tasks` with `{"user_task":{…}}`).
    @discardableResult
    public func createTask(_ fields: TaskFields) async throws -> TimeEntry {
        try await prepareCreateTask(fields).send()
    }

    /// ``createTask(_:)`` checked and not sent.
    /// - Throws: ``AssemblaError`` `.invalidArgument` when the dates are out of order or out of range.
    public func prepareCreateTask(_ fields: TaskFields) throws -> PendingWrite<TimeEntry> {
        try fields.checkDates()
        return PendingWrite(TaskEndpoints.create(fields.attributes), core: core) { $0 }
    }

    /// Changes only the given attributes of task `id`.
    public func updateTask(_ id: Int, _ fields: TaskFields) async throws {
        try await prepareUpdateTask(id, fields).send()
    }

    /// ``updateTask(_:_:)`` checked and not sent.
    /// - Throws: ``AssemblaError`` `.invalidArgument` when the dates are out of order or out of range.
    public func prepareUpdateTask(_ id: Int, _ fields: TaskFields) throws -> PendingWrite<Void> {
        try fields.checkDates()
        return PendingWrite(TaskEndpoints.update(id: id, fields.attributes), core: core) { _ in }
    }

    /// Deletes task `id`.
    public func deleteTask(_ id: Int) async throws {
        try await prepareDeleteTask(id).send()
    }

    /// ``deleteTask(_:)`` not sent.
    public func prepareDeleteTask(_ id: Int) -> PendingWrite<Void> {
        PendingWrite(TaskEndpoints.delete(id: id), core: core) { _ in }
    }
}
