/// Thrown by route handlers to answer with an error response (404, 403, 422, …).
struct APIFailure: Error, Sendable {
    let response: APIResponse

    static let notFound = APIFailure(response: .notFound)

    /// A 422 for one field.
    static func invalid(_ field: String, _ message: String) -> APIFailure {
        APIFailure(response: .unprocessable([(field, [message])]))
    }

    /// A 403 naming what was refused.
    static func forbidden(_ what: String) -> APIFailure {
        APIFailure(response: .forbidden(what))
    }
}
