import Assembla
import Foundation

/// What the language needs from Assembla, as records with API field names. The session's
/// backend adapts the `Assembla` client (see `ClientBackend`); records keep the API's order.
protocol QueryBackend: PagedTicketSource {
    func spaces(withTool tool: String?) async throws -> [Record]
    func milestones(space: Record) async throws -> [Record]
    func tickets(space: Record, milestone: Record?) async throws -> [Record]
    func ticket(number: Int, space: Record) async throws -> Record
    func users(space: Record) async throws -> [Record]
    /// The users of `space` read page by page only until every id in `ids` is among them (or
    /// the list ends): enough to turn ids into names, not to resolve a name (ambiguity).
    func users(space: Record, containing ids: Set<String>) async throws -> [Record]
    /// The milestones of `space` read only until every id in `ids` is among them (or the list ends).
    func milestones(space: Record, containing ids: Set<Int>) async throws -> [Record]
    /// Starts reading the first page of the users and milestones of `space` (as asked)
    /// without waiting, so they arrive alongside a source's first page.
    func startLookups(space: Record, users: Bool, milestones: Bool) async
    /// Keeps every list read (whole, or the pages read of a lookup) until `releaseLists()`,
    /// even with the cache off: a statement reads each list once.
    func holdLists() async
    /// Ends `holdLists()`: with the cache off the next statement reads afresh.
    func releaseLists() async
    /// The names in the lists held now (spaces, users' logins and names, milestone titles).
    func heldNames() async -> [String]
    func me() async throws -> Record
    func tasks(from: Date?, to: Date?, spaceIDs: [String], userIDs: [String]) async throws -> [Record]
    func stream(from: Date?, to: Date?, space: Record?) async throws -> [Record]
    func comments(ticket: Record, space: Record) async throws -> [Record]
    func tags(space: Record) async throws -> [Record]
    /// The tags of one ticket (`GET …/tickets/:number/tags`).
    func tags(ticket: Record, space: Record) async throws -> [Record]
    /// The numbers of the tickets that carry `tag` (`GET …/tags/:id/tickets`).
    func ticketNumbers(tagged tag: Record, space: Record) async throws -> [Int]
    func statuses(space: Record) async throws -> [Record]
    func tools(space: Record) async throws -> [Record]
    /// The repository tools (Git, Subversion…) only.
    func repositoryTools(space: Record) async throws -> [Record]
    func customFields(space: Record) async throws -> [Record]
    func members(space: Record) async throws -> [Record]
    /// Turns caching on or off, for every space (nil) or one space.
    func setCache(enabled: Bool, space: Record?) async throws
    /// Empties the cache, for every space (nil) or one space.
    func clearCache(space: Record?) async throws
    /// One write with its names resolved (the reads it needs are done) and nothing sent: its
    /// `request` is what a dry run shows, `send()` sends it and returns the record the API
    /// answered with, if any.
    func prepare(_ request: WriteRequest) async throws -> PendingWrite<Record?>
    /// Requests sent and not yet answered, oldest first (named when a statement times out).
    var requestsInFlight: [String] { get }
}
