/// A source that lists one kind of record per space in scope (`tags`, `statuses`, `tools`,
/// `members`, `custom_fields`): fetch per space, add derived fields, filter.
protocol SpaceListCommand: Command {
    /// The kind of record listed.
    var kind: RecordKind { get }
    /// Fetches the records of one space.
    func fetch(_ backend: any QueryBackend, _ space: Record) async throws -> [Record]
}

extension SpaceListCommand {
    var topic: CommandTopic { .source }
    var producedKind: RecordKind? { kind }
    var takesFilters: Bool { true }

    func run(_ call: CommandCall) async throws -> PipelineValue {
        let backend = call.context.backend
        return try await call.perSpace(kind) { space in try await self.fetch(backend, space) }
    }
}
