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
    public var priority: Int?
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
    public init(summary: String? = nil, description: String? = nil, priority: Int? = nil, status: String? = nil,
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

/// Milestone attributes to create a milestone with or to change; only the ones set are sent.
public struct MilestoneFields: Sendable, Hashable {
    /// The title (required to create).
    public var title: String?
    /// The description.
    public var description: String?
    /// Due day, `YYYY-MM-DD`.
    public var dueDate: String?
    /// Completed or not.
    public var isCompleted: Bool?
    /// Release notes.
    public var releaseNotes: String?
    /// Any other writable attribute, by API name.
    public var other: Attributes

    /// Creates the set of attributes; nil ones are left alone.
    public init(title: String? = nil, description: String? = nil, dueDate: String? = nil, isCompleted: Bool? = nil,
                releaseNotes: String? = nil, other: Attributes = [:]) {
        self.title = title
        self.description = description
        self.dueDate = dueDate
        self.isCompleted = isCompleted
        self.releaseNotes = releaseNotes
        self.other = other
    }

    var attributes: Attributes {
        var result = other
        result.set("title", title.map(AttributeValue.string))
        result.set("description", description.map(AttributeValue.string))
        result.set("due_date", dueDate.map(AttributeValue.string))
        result.set("is_completed", isCompleted.map(AttributeValue.bool))
        result.set("release_notes", releaseNotes.map(AttributeValue.string))
        return result
    }
}

/// Task (time entry) attributes to create one with or to change; only the ones set are sent.
public struct TaskFields: Sendable, Hashable {
    /// What was done (required to create).
    public var description: String?
    /// The space's id (required to create).
    public var spaceID: String?
    /// Hours worked (required to create).
    public var hours: Double?
    /// When the work began (required to create).
    public var beginAt: Date?
    /// When it ended.
    public var endAt: Date?
    /// The ticket's id (not number) it was for.
    public var ticketID: Int?
    /// A link.
    public var url: String?

    /// Creates the set of attributes; nil ones are left alone.
    public init(description: String? = nil, spaceID: String? = nil, hours: Double? = nil, beginAt: Date? = nil,
                endAt: Date? = nil, ticketID: Int? = nil, url: String? = nil) {
        self.description = description
        self.spaceID = spaceID
        self.hours = hours
        self.beginAt = beginAt
        self.endAt = endAt
        self.ticketID = ticketID
        self.url = url
    }

    var attributes: Attributes {
        var result: Attributes = [:]
        result.set("description", description.map(AttributeValue.string))
        result.set("space_id", spaceID.map(AttributeValue.string))
        result.set("hours", hours.map(AttributeValue.double))
        result.set("begin_at", beginAt.map { .string(APIDate.timestamp($0)) })
        result.set("end_at", endAt.map { .string(APIDate.timestamp($0)) })
        result.set("ticket_id", ticketID.map(AttributeValue.int))
        result.set("url", url.map(AttributeValue.string))
        return result
    }
}

extension Attributes {
    /// Sets `name` when `value` is not nil.
    mutating func set(_ name: String, _ value: AttributeValue?) {
        if let value { self[name] = value }
    }
}
