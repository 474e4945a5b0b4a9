import Foundation

/// What a ticket list asks the server for (the planner's pushdown): a `report` (open or
/// closed), specific `number[]`s, a server-side order (`sort_by` / `sort_order`) and the
/// milestone path. Answers from the space's cache follow the same rules, so a query gives
/// the same tickets in the same order whether the server or the cache answers it.
///
/// ```swift
/// let newest = space.ticketPages(TicketListQuery(sortBy: .updatedAt, descending: true), window: 0)
/// ```
public struct TicketListQuery: Sendable, Hashable {
    /// Which tickets by state (`report`); `.all` is report 0, the only report both API revisions agree on
    /// besides 1 (active) and 4 (closed).
    public enum Report: Int, Sendable, Hashable {
        /// Report 0: every ticket.
        case all = 0
        /// Report 1: open tickets (state 1).
        case open = 1
        /// Report 4: closed tickets (state 0).
        case closed = 4
    }

    /// Fields the server sorts by with the same meaning as a client-side sort (numbers and
    /// times, never null), ties broken by ticket number in the same direction.
    public enum SortField: String, Sendable, Hashable, CaseIterable {
        /// `id`.
        case id
        /// `priority`.
        case priority
        /// `created_on`.
        case createdOn = "created_on"
        /// `updated_at`.
        case updatedAt = "updated_at"
    }

    /// Open, closed or all tickets.
    public var report: Report
    /// Only these ticket numbers (`number[]`; the server then ignores the other parameters).
    public var numbers: [Int]
    /// The server-side order, if any (the default order is by number, ascending).
    public var sortBy: SortField?
    /// Descending order for `sortBy`.
    public var descending: Bool
    /// Only the tickets of this milestone (`…/tickets/milestone/:id`).
    public var milestoneID: Int?

    /// A query; the defaults ask for every ticket in number order.
    public init(report: Report = .all, numbers: [Int] = [], sortBy: SortField? = nil, descending: Bool = false,
                milestoneID: Int? = nil) {
        self.report = report
        self.numbers = numbers
        self.sortBy = sortBy
        self.descending = descending
        self.milestoneID = milestoneID
    }

    /// The request path (after `/v1/spaces/:space`) and query items, without paging.
    func endpoint(space: String) -> PagedEndpoint<Ticket> {
        if let milestoneID, numbers.isEmpty {
            return .paged(TicketEndpoints.path(space) + "/milestone/\(milestoneID)", query: sortItems)
        }
        var items = [URLQueryItem(name: "report", value: String(report.rawValue))]
        items += numbers.map { URLQueryItem(name: "number[]", value: String($0)) }
        return .paged(TicketEndpoints.path(space), query: items + sortItems)
    }

    private var sortItems: [URLQueryItem] {
        guard let sortBy else { return [] }
        return [URLQueryItem(name: "sort_by", value: sortBy.rawValue),
                URLQueryItem(name: "sort_order", value: descending ? "desc" : "asc")]
    }

    /// The tickets of a full list this query selects, in the order the server gives them.
    func answer(from all: [Ticket]) -> [Ticket] {
        if !numbers.isEmpty {
            let wanted = Set(numbers)
            return all.filter { wanted.contains($0.number) }
        }
        var kept = all.filter { ticket in
            if let milestoneID, ticket.milestoneId != milestoneID { return false }
            switch report {
            case .all: return true
            case .open: return ticket.state == 1
            case .closed: return ticket.state == 0
            }
        }
        if let sortBy {
            let descending = self.descending
            kept.sort { a, b in
                let order = Self.order(a, b, by: sortBy)
                if order == .orderedSame { return descending ? a.number > b.number : a.number < b.number }
                return descending ? order == .orderedDescending : order == .orderedAscending
            }
        }
        return kept
    }

    private static func order(_ a: Ticket, _ b: Ticket, by field: SortField) -> ComparisonResult {
        func compare<T: Comparable>(_ x: T, _ y: T) -> ComparisonResult { x < y ? .orderedAscending : x > y ? .orderedDescending : .orderedSame }
        switch field {
        case .id: return compare(a.id, b.id)
        case .priority: return compare(a.priority, b.priority)
        case .createdOn: return compare(a.createdOn, b.createdOn)
        case .updatedAt: return compare(a.updatedAt, b.updatedAt)
        }
    }
}

extension TicketListQuery {
    /// `GET path?query` of this query's first page in `space` (an id, or a placeholder such
    /// as `:space`), as `SpaceHandle.ticketPages` sends it; for `explain`, sends nothing.
    public func request(space: String, pageSize: Int) -> String {
        endpoint(space: space).page(1, size: pageSize).summary
    }
}
