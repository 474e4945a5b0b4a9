/// Checks a ticket write's assignments and names them as the library's `TicketFields` takes
/// them; the library resolves the names (one resolution, in `SpaceHandle.ticketAttributes`).
struct TicketChanges {
    let call: CommandCall
    let space: Record

    /// The assignments as the fields a ticket write sends. Names (`assigned_to=jsmith`,
    /// `milestone="RC1"`, `status=test`, custom fields by title) are resolved by the library
    /// when it sends the write (`TicketFields`), not here; this only checks that every
    /// field is one a ticket `write` takes (the field schema's writable fields, or a custom field).
    func apiFields(_ assignments: [(field: Field, range: SourceRange)], on write: WriteOperation) async throws -> [Field] {
        var fields: [Field] = []
        var custom: [Field] = []
        for (field, range) in assignments {
            switch field.name {
            case "assigned_to", "assignee":
                if field.value != .null, field.value.plainText == "me" {
                    fields.append(Field(name: "assigned_to", value: .string(try await call.context.lookups.me().text("login") ?? "me")))
                } else {
                    fields.append(Field(name: "assigned_to", value: field.value))
                }
            case "milestone":
                fields.append(Field(name: "milestone", value: field.value))
            case "status", "status_name":
                fields.append(Field(name: "status", value: field.value))
            default:
                if RecordKind.ticket.writableFields(on: write).contains(field.name) {
                    fields.append(field)
                } else if let title = try await customFieldTitle(field.name) {
                    custom.append(Field(name: title, value: .string(field.value.plainText)))
                } else {
                    let titles = try await customFields().compactMap { $0.text("title") }
                    throw Diagnostic.unknownField(field.name, at: range,
                                                  fields: RecordKind.ticket.writableFields(on: write) + titles)
                }
            }
        }
        if !custom.isEmpty { fields.append(Field(name: "custom_fields", value: .record(Record(names: custom.map(\.name), values: custom.map(\.value))))) }
        return fields
    }

    private func customFields() async throws -> [Record] {
        try await call.context.backend.customFields(space: space)
    }

    /// The custom field's exact title for `name` (`severity` → `Severity`, `build_number` → `Build Number`).
    private func customFieldTitle(_ name: String) async throws -> String? {
        let wanted = name.replacingOccurrences(of: "_", with: " ").lowercased()
        return try await customFields().compactMap { $0.text("title") }.first { $0.lowercased() == wanted }
    }
}
