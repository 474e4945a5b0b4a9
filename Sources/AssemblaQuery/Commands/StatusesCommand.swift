/// `statuses [filters]`: ticket statuses of the space(s) in scope.
struct StatusesCommand: SpaceListCommand {
    let name = "statuses"
    let summary = "list ticket statuses of the selected space(s)"
    let usage = "statuses [FIELD OP VALUE…]"
    let details = "state: 1 open, 0 closed."
    let examples = ["space \"Big Project\" | statuses", "space \"Big Project\" | statuses state=0 | get name"]
    let kind = RecordKind.status

    func fetch(_ backend: any QueryBackend, _ space: Record) async throws -> [Record] {
        try await backend.statuses(space: space)
    }
}
