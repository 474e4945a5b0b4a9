/// What a statement produced, ready to render in any format.
enum StatementResult: Sendable, Equatable {
    /// Records with the columns to show (nil: the kind's default table columns).
    case records(RecordKind, [Record], columns: [String]?)
    /// Bare values (`get`), one per line.
    case values([Value])
    /// One value (`count`, `sum`, `avg`, `min`, `max`).
    case scalar(Value)
    /// A message for people (help, "updated 12 tickets").
    case message(String)
    /// Nothing to print (`let`, `cache off`).
    case nothing
}
