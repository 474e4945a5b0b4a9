/// The ticket an activity-stream event is about (``StreamEvent/ticket``, on ticket and
/// ticket-comment events): its id, number, summary and what happened to it.
public struct StreamTicket: Codable, Sendable, Hashable, Identifiable, LenientDecodable {
    /// The ticket's global id.
    public let id: Int?
    /// The ticket's number within its space.
    public let number: Int?
    /// The summary.
    public let summary: String?
    /// What happened to the ticket (e.g. `updated`).
    public let operation: String?

    /// Creates a value (e.g. for tests).
    public init(id: Int? = nil, number: Int? = nil, summary: String? = nil, operation: String? = nil) {
        self.id = id
        self.number = number
        self.summary = summary
        self.operation = operation
    }

    enum CodingKeys: String, CodingKey {
        case id, number, summary, operation
    }

    /// Decodes leniently (numbers as strings, fields missing).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.lenient(.id)
        number = try c.lenient(.number)
        summary = try c.lenient(.summary)
        operation = try c.lenient(.operation)
    }

    /// The fields as text, by API name (what the language shows).
    public var fields: [String: String] {
        var map: [String: String] = [:]
        if let id { map["id"] = String(id) }
        if let number { map["number"] = String(number) }
        if let summary { map["summary"] = summary }
        if let operation { map["operation"] = operation }
        return map
    }

    static func decodeLeniently<K: CodingKey>(from c: KeyedDecodingContainer<K>, forKey key: K) throws -> StreamTicket {
        // An empty list stands for "no ticket" in some PHP-ish answers: decode it as no fields.
        if (try? c.decode([String].self, forKey: key)) != nil { return StreamTicket() }
        return try c.decode(StreamTicket.self, forKey: key)
    }
}
