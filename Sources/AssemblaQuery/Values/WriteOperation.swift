/// What a write does to a record: which fields it may set depends on it (a task's fields are
/// set only when it is logged, a tool's permissions only when it is changed).
enum WriteOperation: Sendable, Equatable {
    /// `create …`, `log …`: makes a record.
    case create
    /// `set …`, `update …`: changes records.
    case update
}
