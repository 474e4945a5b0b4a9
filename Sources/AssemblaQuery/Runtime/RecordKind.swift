/// What a record is; decides its table columns, its field list for hints, and which
/// commands can follow it.
enum RecordKind: String, Sendable, CaseIterable {
    case space, milestone, ticket, user, task, event, comment, tag, status, tool, field, member, group, row

    /// The word `fields KIND` and help use (plural).
    var plural: String {
        switch self {
        case .space: "spaces"
        case .milestone: "milestones"
        case .ticket: "tickets"
        case .user: "users"
        case .task: "tasks"
        case .event: "stream"
        case .comment: "comments"
        case .tag: "tags"
        case .status: "statuses"
        case .tool: "tools"
        case .field: "custom_fields"
        case .member: "members"
        case .group: "groups"
        case .row: "rows"
        }
    }

    /// The kind named by a word (`tickets`, `ticket`, `stream`, `events`…).
    static func named(_ word: String) -> RecordKind? {
        let lowered = word.lowercased()
        return allCases.first { $0.plural == lowered || $0.rawValue == lowered || $0.rawValue + "s" == lowered }
            ?? (lowered == "events" ? .event : nil)
    }

    /// The fields a record of this kind has, in order (see `fields` for their types).
    var fieldNames: [String] { fields.map(\.name) }

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

    /// The fields `write` may set on a record of this kind, in schema order (write-only ones
    /// last); empty when the language does not write this kind field by field.
    func writableFields(on write: WriteOperation) -> [String] {
        (fields + writeOnlyFields).filter { $0.isWritable(on: write) }.map(\.name)
    }

    /// `tickets: summary, …; spaces: …` — the fields `write` may set on each of `kinds`, for help texts.
    static func writableSummary(on write: WriteOperation, kinds: [RecordKind]) -> String {
        kinds.map { "\($0.plural): " + $0.writableFields(on: write).joined(separator: ", ") }.joined(separator: "; ")
    }

    /// The type an assignment `field=value` is read as in a write: the field's type, also
    /// for fields a write sends but records never carry (`.any` for others, e.g. custom fields).
    func assignmentType(of field: String) -> FieldType {
        (fields + writeOnlyFields).first { $0.name == field }?.type ?? .any
    }
}
