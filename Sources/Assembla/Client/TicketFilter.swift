/// Which tickets to keep, applied to the fetched list (the API has no field filters).
/// Every given criterion must hold.
///
/// ```swift
/// let waiting = try await space.tickets(where: TicketFilter(status: "Test", assignee: "jsmith", priority: 1))
/// ```
public struct TicketFilter: Sendable, Hashable {
    /// Open (state 1) or closed (state 0).
    public enum State: String, Sendable, Hashable {
        /// State 1.
        case open
        /// State 0.
        case closed
    }

    /// Status name, ignoring case (e.g. "Test", "code review").
    public var status: String?
    /// Assignee by login or name (looked up among the space's users).
    public var assignee: String?
    /// Priority 1 (highest) … 5 (lowest).
    public var priority: TicketPriority?
    /// Milestone by title (looked up among the space's milestones).
    public var milestone: String?
    /// Open or closed.
    public var state: State?
    /// Sent to the server (``SpaceHandle/pagedTickets(where:)``): the ticket report to list
    /// (`report`): 0 all (the default), 1 active, 4 closed, 6 mine, 7 my active, 8 my closed,
    /// 9 my followed.
    public var report: Int?
    /// Sent to the server: only the tickets with these numbers (`number[]`; the API then
    /// ignores `report` and the order). Checked on the items too.
    public var numbers: [Int]?
    /// Sent to the server: the API field to order by (`sort_by`, e.g. `updated_at`, `priority`).
    public var sortBy: String?
    /// Sent to the server: newest / highest first (`sort_order=desc`) instead of ascending.
    public var sortDescending: Bool

    /// Creates a filter; nil criteria are not checked.
    public init(status: String? = nil, assignee: String? = nil, priority: TicketPriority? = nil, milestone: String? = nil,
                state: State? = nil, report: Int? = nil, numbers: [Int]? = nil, sortBy: String? = nil,
                sortDescending: Bool = false) {
        self.status = status
        self.assignee = assignee
        self.priority = priority
        self.milestone = milestone
        self.state = state
        self.report = report
        self.numbers = numbers
        self.sortBy = sortBy
        self.sortDescending = sortDescending
    }

    /// Whether `ticket` passes, with assignee and milestone already resolved to ids.
    func matches(_ ticket: Ticket, assigneeID: String?, milestoneID: Int?) -> Bool {
        if let status, ticket.status.caseInsensitiveCompare(status) != .orderedSame { return false }
        if let priority, ticket.priority != priority { return false }
        if let state, ticket.isOpen != (state == .open) { return false }
        if assignee != nil, ticket.assignedToID != assigneeID { return false }
        if milestone != nil, ticket.milestoneID != milestoneID { return false }
        if let numbers, !numbers.contains(ticket.number) { return false }
        return true
    }
}
