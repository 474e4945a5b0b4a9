import Foundation

/// The server-side parts of a ``TicketFilter`` (`report`, `number[]`, `sort_by`/`sort_order`)
/// answered from a ticket list already in memory by the server's rules, so a read gives the
/// same tickets in the same order whether the server or the space's cache answers it.
extension TicketFilter {
    /// The `sort_by` fields answered from memory exactly as the server orders them (never
    /// null; ties by ticket number in the same direction).
    public static let memorySortable: Set<String> = ["id", "priority", "created_on", "updated_at"]

    /// Whether `serverAnswer` can stand in for the server (reports 0–5, known sort fields).
    var answerableFromMemory: Bool {
        [nil, 0, 1, 2, 3, 4, 5].contains(report) && sortBy.map(Self.memorySortable.contains) ?? true
    }

    /// Whether every criterion set goes to the server (`report`, `number[]`, the order), so
    /// the server's answer needs no check on the items.
    var serverSideOnly: Bool { status == nil && assignee == nil && priority == nil && milestone == nil && state == nil }

    /// The tickets of a full list the server-side parts select (in `milestoneID` if given),
    /// in the order the server gives them.
    func serverAnswer(from all: [Ticket], milestoneID: Int?) -> [Ticket] {
        if let numbers, !numbers.isEmpty {
            let wanted = Set(numbers)
            return all.filter { wanted.contains($0.number) }
        }
        var kept = all.filter { ticket in
            if let milestoneID, ticket.milestoneID != milestoneID { return false }
            switch report ?? 0 {
            case 1, 3: return ticket.state == .open
            case 4, 5: return ticket.state == .closed
            default: return true
            }
        }
        if let sortBy {
            let descending = sortDescending
            kept.sort { a, b in
                let order = Self.order(a, b, by: sortBy)
                if order == .orderedSame { return descending ? a.number > b.number : a.number < b.number }
                return descending ? order == .orderedDescending : order == .orderedAscending
            }
        }
        return kept
    }

    private static func order(_ a: Ticket, _ b: Ticket, by field: String) -> ComparisonResult {
        func compare<T: Comparable>(_ x: T, _ y: T) -> ComparisonResult { x < y ? .orderedAscending : x > y ? .orderedDescending : .orderedSame }
        switch field {
        case "id": return compare(a.id, b.id)
        case "priority": return compare(a.priority.rawValue, b.priority.rawValue)
        case "created_on": return compare(a.createdOn, b.createdOn)
        case "updated_at": return compare(a.updatedAt, b.updatedAt)
        default: return compare(a.number, b.number)
        }
    }

    /// The endpoint this filter reads in `space` (a milestone's path when `milestoneID` is given).
    func endpoint(space: String, milestoneID: Int?) -> PagedEndpoint<Ticket> {
        guard let milestoneID, numbers?.isEmpty ?? true else { return TicketEndpoints.list(space, self) }
        return TicketEndpoints.inMilestone(space, milestone: milestoneID)
    }

    /// `GET path?query` of the first page this filter reads in `space` (an id, or a
    /// placeholder such as `:space`), as ``SpaceHandle/ticketPages(_:milestoneID:intent:)``
    /// sends it; for `explain`, sends nothing.
    public func firstRequest(space: String, milestoneID: Int?, pageSize: Int) -> String {
        endpoint(space: space, milestoneID: milestoneID).page(1, size: pageSize).summary
    }
}
