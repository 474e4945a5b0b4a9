extension TicketFilter {
    /// `status "Test", priority 1` — the criteria in words.
    public var summary: String {
        var parts: [String] = []
        if let status { parts.append("status \"\(status)\"") }
        if let assignee { parts.append("assignee \"\(assignee)\"") }
        if let priority { parts.append("priority \(priority)") }
        if let milestone { parts.append("milestone \"\(milestone)\"") }
        if let state { parts.append("state \(state.rawValue)") }
        return parts.isEmpty ? "any ticket" : parts.joined(separator: ", ")
    }
}
