/// A record the API serves as one JSON object.
protocol JSONRepresentable: Sendable {
    var json: JSONValue { get }
}
