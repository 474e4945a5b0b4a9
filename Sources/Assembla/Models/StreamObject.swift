/// What an activity-stream event is about: `Ticket`, `Ticket Comment`, `Milestone`, `Wiki Page`, …
///
/// Any other word is kept as it is (see ``APIWord``).
public struct StreamObject: APIWord, LenientDecodable {
    /// The API's text.
    public let rawValue: String

    /// Wraps the API's text.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `Ticket`.
    public static let ticket = StreamObject(rawValue: "Ticket")
    /// `Ticket Comment` (the event also carries ``StreamEvent/ticket``).
    public static let ticketComment = StreamObject(rawValue: "Ticket Comment")
    /// `Milestone`.
    public static let milestone = StreamObject(rawValue: "Milestone")
    /// `Wiki Page`.
    public static let wikiPage = StreamObject(rawValue: "Wiki Page")
    /// `Message`.
    public static let message = StreamObject(rawValue: "Message")
    /// `Document`.
    public static let document = StreamObject(rawValue: "Document")

    /// Whether the event is about a ticket or one of its comments (`Ticket`, `Ticket Comment`, …).
    public var isTicketRelated: Bool { rawValue == "Ticket" || rawValue.hasPrefix("Ticket ") }
}
