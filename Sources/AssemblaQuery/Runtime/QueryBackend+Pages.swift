import Assembla

/// The part of the data-source seam the planner's executor reads page by page. A local
/// store answers the same calls from its tables (pushing `query` into SQL), so plans run
/// against it unchanged.
protocol PagedTicketSource: Sendable {
    /// Hands the tickets `filter`'s server-side parts select in `space` (in the milestone
    /// `milestoneID`, if given) to `consume`, page by page in the source's order (already
    /// records, with API field names), until `consume` returns false or the list ends.
    /// `intent`: whether `consume` may stop early (no page read ahead) or reads to the end.
    func ticketPages(space: Record, filter: TicketFilter, milestoneID: Int?, intent: ReadIntent,
                     _ consume: ([Record]) async throws -> Bool) async throws
    /// How many tickets `ticketPages` would hand out (the whole list), counted as the pages
    /// arrive without turning them into records (a count that reads no field).
    func ticketCount(space: Record, filter: TicketFilter, milestoneID: Int?) async throws -> Int
    /// The first request `ticketPages` would send (for `explain`; `space` nil: not yet known).
    func ticketRequest(space: Record?, filter: TicketFilter, milestoneID: Int?) -> String
    /// Whether the whole ticket list of `space` is held locally (then reading sends nothing).
    func holdsTickets(space: Record) async -> Bool
    /// The spaces list when it is held locally (for `explain`, which sends nothing).
    func heldSpaces() async -> [Record]?
    /// The spaces list as an earlier run left it (possibly stale, no request), for starting
    /// a plan's early stage before the live list arrives; nil when none is kept.
    func rememberedSpaces() async -> [Record]?
    /// Requests in flight at once (the client's `maxConcurrentRequests`).
    var concurrency: Int { get }
}
