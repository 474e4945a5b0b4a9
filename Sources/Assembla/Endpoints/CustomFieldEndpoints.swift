/// `/v1/spaces/:space/tickets/custom_fields` requests.
enum CustomFieldEndpoints {
    /// `GET …/tickets/custom_fields`.
    static func list(_ space: String) -> Endpoint<[CustomField]> { .list(TicketEndpoints.path(space) + "/custom_fields") }
}
