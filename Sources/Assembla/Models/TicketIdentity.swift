/// A ticket as far as counting or naming it goes: its id and number, decoded from a ticket
/// list without the rest of each ticket (no dates, custom fields or descriptions), so
/// counting a long list costs little more than receiving it.
///
/// ```swift
/// var numbers: [Int] = []
/// for try await ticket in await space.ticketIdentities(TicketFilter(report: 1)) { numbers.append(ticket.number) }
/// let open = try await space.ticketCount(where: TicketFilter(report: 1))
/// ```
public struct TicketIdentity: Decodable, Sendable, Hashable {
    /// The ticket's id (unique across spaces).
    public let id: Int
    /// The ticket's number in its space.
    public let number: Int

    /// An identity (for tests and lists already in memory).
    public init(id: Int, number: Int) {
        self.id = id
        self.number = number
    }

    /// The identity of a ticket already decoded.
    public init(_ ticket: Ticket) {
        self.init(id: ticket.id, number: ticket.number)
    }
}
