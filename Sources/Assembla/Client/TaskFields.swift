import Foundation

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
    /// A link (sent as its absolute string).
    public var url: URL?
    /// Whether the time was billed.
    public var billed: Bool?

    /// Creates the set of attributes; nil ones are left alone.
    public init(description: String? = nil, spaceID: String? = nil, hours: Double? = nil, beginAt: Date? = nil,
                endAt: Date? = nil, ticketID: Int? = nil, url: URL? = nil, billed: Bool? = nil) {
        self.description = description
        self.spaceID = spaceID
        self.hours = hours
        self.beginAt = beginAt
        self.endAt = endAt
        self.ticketID = ticketID
        self.url = url
        self.billed = billed
    }

    /// Throws `.invalidArgument` when a date or the hours cannot be sent (year outside
    /// 0001–9999, hours not a finite number).
    func checkDates() throws {
        try APIDate.checked(beginAt, "begin_at")
        try APIDate.checked(endAt, "end_at")
        if let hours, !hours.isFinite { throw AssemblaError(.invalidArgument(reason: "hours must be a finite number")) }
    }

    var attributes: Attributes {
        var result: Attributes = [:]
        result.set("description", description.map(AttributeValue.string))
        result.set("space_id", spaceID.map(AttributeValue.string))
        result.set("hours", hours.map(AttributeValue.double))
        result.set("begin_at", beginAt.map { .string(APIDate.timestamp($0)) })
        result.set("end_at", endAt.map { .string(APIDate.timestamp($0)) })
        result.set("ticket_id", ticketID.map(AttributeValue.int))
        result.set("url", url.map { .string($0.absoluteString) })
        result.set("billed", billed.map(AttributeValue.bool))
        return result
    }
}
