import Foundation

/// What a route answers: status, content type, body and extra headers.
struct APIResponse: Sendable {
    var status: Int
    var contentType: String
    var body: Data
    var headers: [(name: String, value: String)] = []

    static let jsonType = "application/json; charset=utf-8"

    /// `200` (or `status`) with a JSON body.
    static func json(_ value: JSONValue, status: Int = 200) -> APIResponse {
        APIResponse(status: status, contentType: jsonType, body: value.data)
    }

    /// `201` with the new object and its `Location`.
    static func created(_ value: JSONValue, location: String) -> APIResponse {
        var response = json(value, status: 201)
        response.headers.append(("Location", location))
        return response
    }

    /// `204`, `text/plain`, empty body: updates, deletes and empty lists.
    static let noContent = APIResponse(status: 204, contentType: "text/plain", body: Data())

    /// `404` with a single-space `text/html` body, as recorded.
    static let notFound = APIResponse(status: 404, contentType: "text/html", body: Data(" ".utf8))

    /// `422` with `{"field":["message", …]}`.
    static func unprocessable(_ errors: [(field: String, messages: [String])]) -> APIResponse {
        json(.object(errors.map { ($0.field, .array($0.messages.map(JSONValue.string))) }), status: 422)
    }

    /// An OAuth-style JSON error: `{"error":…,"error_description":…}`.
    static func error(_ status: Int, code: String, description: String) -> APIResponse {
        json(.object([("error", .string(code)), ("error_description", .string(description))]), status: status)
    }

    /// `401` for missing or wrong credentials (never echoes them).
    static let unauthorized = error(401, code: "unauthorized",
                                    description: "Send X-Api-Key and X-Api-Secret headers or an Authorization: Bearer token.")

    /// `403` for a write by someone who may only read.
    static func forbidden(_ what: String) -> APIResponse {
        error(403, code: "forbidden", description: what)
    }
}
