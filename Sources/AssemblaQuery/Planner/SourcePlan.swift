/// How one source stage reads its records, decided before any request is sent.
struct SourcePlan: Sendable, Equatable {
    /// How the records are read.
    enum Access: Sendable, Equatable {
        /// The tickets of each space (or milestone) in scope, with what the server can do for us.
        case ticketList(TicketPushdown)
        /// `ticket N`: one `GET …/tickets/N`.
        case ticketGet
        /// `stream`: `/v1/activity` with `since`/`until` sent as `from`/`to`.
        case stream
        /// `tasks`: `/v1/tasks` with `since`/`until` sent as `from`/`to`.
        case tasks
        /// Any other source: read as its command does (one list per space in scope, cached).
        case list
    }

    /// The kind of record the source produces.
    let kind: RecordKind
    var access: Access
    /// Reading stops once this many records passed the stage's filters (a later `first N`).
    var limit: Int?
    /// A following `count` folds into reading: records are counted as pages arrive, never kept.
    var countsOnly = false
    /// The fields later stages and the output read.
    var demand: FieldDemand
    /// The lists to fetch besides the source (started together with its first page).
    var lookups: Set<Lookup>

    /// Pages read ahead of the consumer: none when reading may stop early.
    func readAhead(concurrency: Int) -> Int { limit == nil ? max(1, concurrency) : 0 }
}
