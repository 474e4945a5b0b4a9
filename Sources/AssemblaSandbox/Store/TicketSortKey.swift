/// Orders tickets by a `sort_by` field name; ties fall back to the ticket number, so paging is stable.
enum TicketSortKey {
    static func compare(_ a: TicketRecord, _ b: TicketRecord, by field: String, descending: Bool) -> Bool {
        let order: Bool?
        switch field {
        case "id": order = ordered(a.id, b.id)
        case "priority": order = ordered(a.priority, b.priority)
        case "summary": order = ordered(a.summary, b.summary)
        case "status": order = ordered(a.status, b.status)
        case "state": order = ordered(a.state, b.state)
        case "created_on", "created_at": order = ordered(a.createdOn, b.createdOn)
        case "updated_at": order = ordered(a.updatedAt, b.updatedAt)
        case "milestone_id": order = ordered(a.milestoneId ?? 0, b.milestoneId ?? 0)
        case "assigned_to_id": order = ordered(a.assignedToId ?? "", b.assignedToId ?? "")
        case "importance": order = ordered(a.importance, b.importance)
        case "estimate": order = ordered(a.estimate, b.estimate)
        default: order = nil
        }
        guard let order else { return descending ? a.number > b.number : a.number < b.number }
        return descending ? !order : order
    }

    /// `true` if a < b, `false` if a > b, `nil` if equal (so the caller breaks the tie by number).
    private static func ordered<T: Comparable>(_ a: T, _ b: T) -> Bool? {
        a == b ? nil : a < b
    }
}
