import Assembla
import Foundation
import HTTPTypes

/// What a user's app does with the library: `Assembla.Ticket` qualifies the module's type,
/// and HTTPTypes' `HTTPRequest` sits beside `Assembla.HTTPRequest` without ambiguity.
public enum TicketReport {
    /// One line per ticket, most urgent first.
    public static func lines(_ tickets: [Assembla.Ticket]) -> [String] {
        tickets.sorted { $0.priority.rawValue < $1.priority.rawValue }
            .map { "#\($0.number) [\($0.priority)] \($0.status): \($0.summary)\($0.isOpen ? "" : " (closed)")" }
    }

    /// The same call as an HTTPTypes request (what a Hummingbird or OpenAPI app would hold).
    public static func httpTypesRequest(for request: Assembla.HTTPRequest) -> HTTPTypes.HTTPRequest {
        HTTPTypes.HTTPRequest(method: .get, scheme: request.baseURL.scheme, authority: request.baseURL.host,
                              path: request.pathAndQuery)
    }

    /// The open tickets of the space with a saved id, read with one request for the space.
    public static func openTickets(spaceID: String, client: AssemblaClient) async throws -> [Assembla.Ticket] {
        let space = try await client.space(id: spaceID)
        return try await space.tickets(where: TicketFilter(state: .open)).map(\.record)
    }
}
