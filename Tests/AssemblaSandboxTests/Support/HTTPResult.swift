import Foundation
@testable import AssemblaSandbox

/// One HTTP exchange as a test sees it: status, headers and body.
struct HTTPResult: Sendable {
    let status: Int
    let headers: [String: String]
    let body: Data

    /// A header by case-insensitive name.
    func header(_ name: String) -> String? {
        headers.first { $0.key.lowercased() == name.lowercased() }?.value
    }

    /// The body as JSON (fails the caller's expectation with `nil` when it is not).
    var json: JSONValue? { JSONValue.parse(body) }

    /// The body's top-level array (empty when not an array).
    var items: [JSONValue] {
        if case .array(let items)? = json { return items }
        return []
    }

    /// The body as text.
    var text: String { String(decoding: body, as: UTF8.self) }
}
