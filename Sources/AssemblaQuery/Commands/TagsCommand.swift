/// `tags [filters]`: ticket tags of the space(s) in scope.
struct TagsCommand: SpaceListCommand {
    let name = "tags"
    let summary = "list ticket tags of the selected space(s)"
    let usage = "tags [FIELD OP VALUE…]"
    let details = "state: 1 proposed, 2 active, 4 hidden."
    let examples = ["space \"Big Project\" | tags", "space \"Big Project\" | tags state=2 | get name"]
    let kind = RecordKind.tag

    func fetch(_ backend: any QueryBackend, _ space: Record) async throws -> [Record] {
        try await backend.tags(space: space)
    }
}
