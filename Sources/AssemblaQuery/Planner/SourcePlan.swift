import Assembla

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

    /// How far pages are read ahead: none when reading may stop early (a limit), else the
    /// whole list at once (a count, an aggregate, a whole table read every page anyway).
    var intent: ReadIntent { limit == nil ? .whole : .pageByPage }

    /// A count that reads no field of the records: the ids of each page are enough (when the
    /// stage itself filters nothing locally, which its reader checks).
    var countsWithoutFields: Bool { countsOnly && limit == nil && demand == .fields([]) }
}
