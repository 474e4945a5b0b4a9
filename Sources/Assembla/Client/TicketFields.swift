import Foundation

/// Ticket attributes to create a ticket with or to change; only the ones set are sent.
/// Names are resolved in the ticket's space: status by name, assignee by login or name,
/// milestone by title, custom fields by title.
///
/// ```swift
/// try await space.createTicket(TicketFields(summary: "Crash on start", priority: 1, assignee: "jsmith"))
/// try await ticket.update(TicketFields(status: "Fixed"))
/// ```
public struct TicketFields: Sendable, Hashable {
    /// The summary (required to create).
    public var summary: String?
    /// The description.
    public var description: String?
    /// Priority 1 (highest) … 5 (lowest).
    public var priority: TicketPriority?
    /// Status by name (e.g. "Test").
    public var status: String?
    /// Assignee by login or name; an empty string unassigns.
    public var assignee: String?
    /// Milestone by title; an empty string removes the milestone.
    public var milestone: String?
    /// Custom field values by field title.
    public var customFields: [String: String]
    /// Tags by name (replaces the ticket's tags).
    public var tags: [String]?
    /// Any other writable attribute, by API name (e.g. `"estimate": .double(2)`).
    public var other: Attributes

    /// Creates the set of attributes; nil ones are left alone.
    public init(summary: String? = nil, description: String? = nil, priority: TicketPriority? = nil, status: String? = nil,
                assignee: String? = nil, milestone: String? = nil, customFields: [String: String] = [:],
                tags: [String]? = nil, other: Attributes = [:]) {
        self.summary = summary
        self.description = description
        self.priority = priority
        self.status = status
        self.assignee = assignee
        self.milestone = milestone
        self.customFields = customFields
        self.tags = tags
        self.other = other
    }
}

extension Attributes {
    /// Sets `name` when `value` is not nil.
    mutating func set(_ name: String, _ value: AttributeValue?) {
        if let value { self[name] = value }
    }
}
