/// Orders tickets by a `sort_by` field name; ties fall back to the ticket number, so paging is
/// stable. Each ticket's key is read once, then positions are sorted by key (no ticket copies
/// inside the comparisons: sorting 10,000 tickets stays cheap).
enum TicketSortKey {
    /// Sorts positions into `tickets` by `field` (unknown fields: by number), ascending or descending.
    static func sort(_ positions: inout [Int], of tickets: [TicketRecord], by field: String, descending: Bool) {
        switch field {
        case "id": sort(&positions, tickets, descending) { $0.id }
        case "priority": sort(&positions, tickets, descending) { $0.priority }
        case "summary": sort(&positions, tickets, descending) { $0.summary }
        case "status": sort(&positions, tickets, descending) { $0.status }
        case "state": sort(&positions, tickets, descending) { $0.state }
        case "created_on", "created_at": sort(&positions, tickets, descending) { $0.createdOn }
        case "updated_at": sort(&positions, tickets, descending) { $0.updatedAt }
        case "milestone_id": sort(&positions, tickets, descending) { $0.milestoneId ?? 0 }
        case "assigned_to_id": sort(&positions, tickets, descending) { $0.assignedToId ?? "" }
        case "importance": sort(&positions, tickets, descending) { $0.importance }
        case "estimate": sort(&positions, tickets, descending) { $0.estimate }
        default: if descending { positions.reverse() }
        }
    }

    private static func sort<Key: Comparable>(_ positions: inout [Int], _ tickets: [TicketRecord], _ descending: Bool,
                                              _ key: (TicketRecord) -> Key) {
        let keyed = positions.map { (key: key(tickets[$0]), number: tickets[$0].number, position: $0) }
        let sorted = keyed.sorted { a, b in
            if a.key == b.key { return descending ? a.number > b.number : a.number < b.number }
            return descending ? a.key > b.key : a.key < b.key
        }
        positions = sorted.map(\.position)
    }
}
