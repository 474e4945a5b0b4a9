/// A list a plan reads besides its source, to fill derived fields or resolve names: a
/// statement that never touches `assigned_to` never fetches users.
enum Lookup: String, Sendable, Hashable, CaseIterable, Comparable {
    /// The user's spaces (a task's or milestone's `space`, names of spaces in other records).
    case spaces
    /// The members of each space in scope (`assigned_to`, `reporter`, `author`, `user`).
    case users
    /// The milestones of each space in scope (a ticket's `milestone`; `milestone=NAME` pushdown).
    case milestones

    static func < (lhs: Lookup, rhs: Lookup) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The lookups a derived field of `kind` needs, as the field schema says (none for API
    /// fields and fields derived from the record itself, such as a ticket's `status_name` or
    /// custom fields).
    static func needed(for field: String, of kind: RecordKind) -> Set<Lookup> {
        kind.fields.first { $0.name == field }?.lookups ?? []
    }

    /// Every lookup a record of `kind` can use (what `.all` fields cost).
    static func all(for kind: RecordKind) -> Set<Lookup> {
        kind.fieldNames.reduce(into: Set<Lookup>()) { $0.formUnion(needed(for: $1, of: kind)) }
    }
}
