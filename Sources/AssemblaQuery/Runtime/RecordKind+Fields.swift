/// The fields of each record kind with their types: API fields (Assembla's names, API order)
/// plus derived ones. The one field list: the checker, filters, `fields KIND`, completion and
/// the header of an empty CSV all read it.
extension RecordKind {
    /// The fields a record of this kind has, in order.
    var fields: [FieldSpec] {
        switch self {
        case .space:
            [FieldSpec("id", .text), FieldSpec("name", .text), FieldSpec("description", .text), FieldSpec("wiki_name", .text),
             FieldSpec("public_permissions", .number), FieldSpec("team_permissions", .number),
             FieldSpec("watcher_permissions", .number), FieldSpec("share_permissions", .bool),
             FieldSpec("team_tab_role", .number), FieldSpec("created_at", .date), FieldSpec("updated_at", .date),
             FieldSpec("default_showpage", .text), FieldSpec("tabs_order", .text), FieldSpec("parent_id", .text),
             FieldSpec("restricted", .bool), FieldSpec("restricted_date", .date), FieldSpec("commercial_from", .date),
             FieldSpec("banner", .text), FieldSpec("banner_height", .number), FieldSpec("banner_text", .text),
             FieldSpec("banner_link", .text), FieldSpec("style", .text), FieldSpec("status", .number),
             FieldSpec("approved", .bool), FieldSpec("is_manager", .bool), FieldSpec("is_volunteer", .bool),
             FieldSpec("is_commercial", .bool), FieldSpec("can_join", .bool), FieldSpec("can_apply", .bool),
             FieldSpec("last_payer_changed_at", .date)]
        case .milestone:
            [FieldSpec("id", .number), FieldSpec("due_date", .date), FieldSpec("title", .text), FieldSpec("user_id", .text),
             FieldSpec("created_at", .date), FieldSpec("created_by", .text), FieldSpec("space_id", .text),
             FieldSpec("description", .text), FieldSpec("is_completed", .bool), FieldSpec("completed_date", .date),
             FieldSpec("updated_at", .date), FieldSpec("updated_by", .text), FieldSpec("release_level", .number),
             FieldSpec("release_notes", .text), FieldSpec("planner_type", .number), FieldSpec("pretty_release_level", .text),
             FieldSpec("space", .text)]
        case .ticket:
            [FieldSpec("id", .number), FieldSpec("number", .number), FieldSpec("summary", .text),
             FieldSpec("description", .text), FieldSpec("priority", .priority), FieldSpec("completed_date", .date),
             FieldSpec("component_id", .number), FieldSpec("created_on", .date), FieldSpec("permission_type", .number),
             FieldSpec("importance", .number), FieldSpec("is_story", .bool), FieldSpec("milestone_id", .number),
             FieldSpec("notification_list", .text), FieldSpec("space_id", .text), FieldSpec("state", .number),
             FieldSpec("status", .text), FieldSpec("story_importance", .number), FieldSpec("updated_at", .date),
             FieldSpec("working_hours", .number), FieldSpec("estimate", .number), FieldSpec("total_estimate", .number),
             FieldSpec("total_invested_hours", .number), FieldSpec("total_working_hours", .number),
             FieldSpec("assigned_to_id", .text), FieldSpec("reporter_id", .text), FieldSpec("custom_fields", .record),
             FieldSpec("hierarchy_type", .number), FieldSpec("assigned_to", .user), FieldSpec("reporter", .user),
             FieldSpec("milestone", .text), FieldSpec("space", .text), FieldSpec("status_name", .text),
             FieldSpec("tags", .list, onDemand: true)]
        case .user:
            [FieldSpec("id", .text), FieldSpec("login", .text), FieldSpec("name", .text), FieldSpec("picture", .text),
             FieldSpec("email", .text), FieldSpec("organization", .text), FieldSpec("phone", .text),
             FieldSpec("im", .record), FieldSpec("im2", .record)]
        case .task:
            [FieldSpec("id", .number), FieldSpec("description", .text), FieldSpec("url", .text), FieldSpec("hours", .number),
             FieldSpec("begin_at", .date), FieldSpec("end_at", .date), FieldSpec("billed", .bool), FieldSpec("space_id", .text),
             FieldSpec("ticket_number", .number), FieldSpec("ticket_id", .number), FieldSpec("user_id", .text),
             FieldSpec("job_agreement_id", .number), FieldSpec("created_at", .date), FieldSpec("updated_at", .date),
             FieldSpec("space", .text), FieldSpec("user", .user)]
        case .event:
            [FieldSpec("date", .date), FieldSpec("operation", .text), FieldSpec("object", .text), FieldSpec("object_id", .text),
             FieldSpec("title", .text), FieldSpec("url", .text), FieldSpec("space_id", .text), FieldSpec("space_name", .text),
             FieldSpec("author_id", .text), FieldSpec("author_name", .text), FieldSpec("whatchanged", .text),
             FieldSpec("ticket", .record), FieldSpec("comment_or_description", .text), FieldSpec("author", .user),
             FieldSpec("space", .text)]
        case .comment:
            [FieldSpec("id", .number), FieldSpec("comment", .text), FieldSpec("ticket_id", .number), FieldSpec("user_id", .text),
             FieldSpec("created_on", .date), FieldSpec("updated_at", .date), FieldSpec("ticket_changes", .text),
             FieldSpec("ticket_number", .number), FieldSpec("author", .user)]
        case .tag:
            [FieldSpec("id", .number), FieldSpec("name", .text), FieldSpec("space_id", .text), FieldSpec("state", .number),
             FieldSpec("created_at", .date), FieldSpec("updated_at", .date)]
        case .status:
            [FieldSpec("id", .number), FieldSpec("space_tool_id", .text), FieldSpec("name", .text), FieldSpec("state", .number),
             FieldSpec("list_order", .number), FieldSpec("created_at", .date), FieldSpec("updated_at", .date)]
        case .tool:
            [FieldSpec("id", .text), FieldSpec("space_id", .text), FieldSpec("active", .bool), FieldSpec("url", .text),
             FieldSpec("number", .number), FieldSpec("tool_id", .number), FieldSpec("type", .text),
             FieldSpec("created_at", .date), FieldSpec("team_permissions", .number), FieldSpec("watcher_permissions", .number),
             FieldSpec("public_permissions", .number), FieldSpec("parent_id", .text), FieldSpec("menu_name", .text),
             FieldSpec("name", .text)]
        case .field:
            [FieldSpec("id", .number), FieldSpec("space_tool_id", .text), FieldSpec("type", .text), FieldSpec("title", .text),
             FieldSpec("order", .number), FieldSpec("required", .bool), FieldSpec("hide", .bool),
             FieldSpec("default_value", .text), FieldSpec("list_options", .list), FieldSpec("created_at", .date),
             FieldSpec("updated_at", .date)]
        case .member:
            [FieldSpec("id", .number), FieldSpec("user_id", .text), FieldSpec("space_id", .text), FieldSpec("role", .text),
             FieldSpec("status", .number), FieldSpec("invited_time", .date), FieldSpec("agreed_time", .date),
             FieldSpec("title", .text), FieldSpec("invited_by_id", .text), FieldSpec("user", .user)]
        case .group, .row:
            []
        }
    }

    /// Whether records may carry fields beyond `fields` that only their values reveal
    /// (a ticket's custom fields by title; group and row columns).
    var hasOpenFields: Bool { self == .ticket || self == .group || self == .row }

    /// The fields every record of this kind carries (not those fetched only when named, such
    /// as a ticket's `tags`): the header of an empty CSV.
    var listedFieldNames: [String] { fields.filter { !$0.onDemand }.map(\.name) }

    /// The type of a field; `.any` for a field not in the list (a custom field).
    func type(of field: String) -> FieldType {
        fields.first { $0.name == field }?.type ?? .any
    }
}
