/// `custom_fields [filters]`: custom ticket fields of the space(s) in scope.
struct CustomFieldsCommand: SpaceListCommand {
    let name = "custom_fields"
    let summary = "list custom ticket fields of the selected space(s)"
    let usage = "custom_fields [FIELD OP VALUE…]"
    let details = "Custom field values appear on tickets under `custom_fields` and as fields named by title in lower case (severity, build)."
    let examples = ["space \"Big Project\" | custom_fields"]
    let kind = RecordKind.field

    func fetch(_ backend: any QueryBackend, _ space: Record) async throws -> [Record] {
        try await backend.customFields(space: space)
    }
}
