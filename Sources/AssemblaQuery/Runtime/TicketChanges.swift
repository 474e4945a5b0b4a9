/// Turns friendly ticket assignments (`assigned_to=jsmith`, `milestone="RC1"`, `status=test`)
/// into API fields (`assigned_to_id`, `milestone_id`, the status's exact name), checking names.
struct TicketChanges {
    let call: CommandCall
    let space: Record

    func apiFields(_ assignments: [(field: Field, range: SourceRange)]) async throws -> [Field] {
        var fields: [Field] = []
        var custom: [Field] = []
        let lookups = call.context.lookups
        for (field, range) in assignments {
            switch field.name {
            case "assigned_to", "assignee":
                if field.value == .null || field.value.plainText.isEmpty {
                    fields.append(Field(name: "assigned_to_id", value: .null))
                } else {
                    let wanted = field.value.plainText == "me" ? try await lookups.me().text("login") ?? "me" : field.value.plainText
                    let user = try call.pick(wanted, from: try await lookups.users(of: space),
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
                if TicketChanges.writable.contains(field.name) {
                    fields.append(field)
                } else if let title = try await customFieldTitle(field.name) {
                    custom.append(Field(name: title, value: .string(field.value.plainText)))
                } else {
                    let titles = try await customFields().compactMap { $0.text("title") }
                    throw Diagnostic.unknownField(field.name, at: range,
                                                  fields: ["status", "assigned_to", "milestone"] + TicketChanges.writable + titles)
                }
            }
        }
        if !custom.isEmpty { fields.append(Field(name: "custom_fields", value: .record(Record(custom)))) }
        return fields
    }

    /// API ticket fields a write may set directly.
    static let writable = ["summary", "description", "priority", "state", "is_story", "importance", "story_importance",
                           "working_hours", "estimate", "total_estimate", "permission_type", "hierarchy_type",
                           "component_id", "due_date", "notification_list"]

    private func customFields() async throws -> [Record] {
        try await call.context.backend.customFields(space: space)
    }

    /// The custom field's exact title for `name` (`severity` → `Severity`, `build_number` → `Build Number`).
    private func customFieldTitle(_ name: String) async throws -> String? {
        let wanted = name.replacingOccurrences(of: "_", with: " ").lowercased()
        return try await customFields().compactMap { $0.text("title") }.first { $0.lowercased() == wanted }
    }
}
