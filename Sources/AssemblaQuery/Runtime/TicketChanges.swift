/// Turns friendly ticket assignments (`assigned_to=jsmith`, `milestone="RC1"`, `status=test`)
/// into API fields (`assigned_to_id`, `milestone_id`, the status's exact name), checking names.
struct TicketChanges {
    let call: CommandCall
    let space: Record

    func apiFields(_ assignments: [(field: Field, range: SourceRange)]) async throws -> [Field] {
        var fields: [Field] = []
        let lookups = call.context.lookups
        for (field, range) in assignments {
            switch field.name {
            case "assigned_to", "assignee":
                if field.value == .null || field.value.plainText.isEmpty {
                    fields.append(Field(name: "assigned_to_id", value: .null))
                } else {
                    let user = try call.pick(field.value.plainText, from: try await lookups.users(of: space),
                                             keys: ["login", "name", "id"], what: "user", at: range)
                    fields.append(Field(name: "assigned_to_id", value: user["id"] ?? .null))
                }
            case "milestone":
                if field.value == .null || field.value.plainText.isEmpty {
                    fields.append(Field(name: "milestone_id", value: .null))
                } else {
                    let milestone = try call.pick(field.value.plainText, from: try await lookups.milestones(of: space),
                                                  keys: ["title", "id"], what: "milestone", at: range)
                    fields.append(Field(name: "milestone_id", value: milestone["id"] ?? .null))
                }
            case "status", "status_name":
                let statuses = try await call.context.backend.statuses(space: space)
                let status = try call.pick(field.value.plainText, from: statuses, keys: ["name", "id"], what: "status", at: range)
                fields.append(Field(name: "status", value: status["name"] ?? field.value))
            default:
                let writable = RecordKind.ticket.fieldNames
                guard writable.contains(field.name) else {
                    throw Diagnostic.unknownField(field.name, at: range, fields: writable)
                }
                fields.append(field)
            }
        }
        return fields
    }
}
