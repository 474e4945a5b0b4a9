/// Orders tickets by a `sort_by` field name; ties fall back to the ticket number, so paging is stable.
enum TicketSortKey {
    /// "a < b", "a > b" or `nil` when equal on the field (the caller then compares numbers).
    typealias Comparison = (TicketRecord, TicketRecord) -> Bool?

    /// The comparison for a `sort_by` field (`nil` for an unknown field: sort by number), chosen once per request.
    static func comparison(for field: String) -> Comparison? {
        switch field {
        case "id": return { ordered($0.id, $1.id) }
        case "priority": return { ordered($0.priority, $1.priority) }
        case "summary": return { ordered($0.summary, $1.summary) }
        case "status": return { ordered($0.status, $1.status) }
        case "state": return { ordered($0.state, $1.state) }
        case "created_on", "created_at": return { ordered($0.createdOn, $1.createdOn) }
        case "updated_at": return { ordered($0.updatedAt, $1.updatedAt) }
        case "milestone_id": return { ordered($0.milestoneId ?? 0, $1.milestoneId ?? 0) }
        case "assigned_to_id": return { ordered($0.assignedToId ?? "", $1.assignedToId ?? "") }
        case "importance": return { ordered($0.importance, $1.importance) }
        case "estimate": return { ordered($0.estimate, $1.estimate) }
        default: return nil
        }
    }

    /// Sorts positions into `tickets` by `field`, ascending or descending, ties by number.
    static func sort(_ positions: inout [Int], of tickets: [TicketRecord], by field: String, descending: Bool) {
        guard let compare = comparison(for: field) else {
            if descending { positions.reverse() }
            return
        }
        positions.sort { a, b in
            let first = tickets[a], second = tickets[b]
            guard let order = compare(first, second) else {
                return descending ? first.number > second.number : first.number < second.number
            }
            return descending ? !order : order
        }
    }

    /// `true` if a < b, `false` if a > b, `nil` if equal.
    private static func ordered<T: Comparable>(_ a: T, _ b: T) -> Bool? {
        a == b ? nil : a < b
    }
}
