/// One authenticated request as a route handler sees it.
struct APIRequest: Sendable {
    let method: String
    /// Path segments after the route matched, by parameter name (`space`, `number`, …).
    var parameters: [String: String] = [:]
    /// Query parameters in order; repeated keys (`number[]`) appear once per value.
    let query: [(name: String, value: String)]
    /// The JSON body, if one was sent.
    let body: JSONValue?
    /// The authenticated user.
    let caller: UserRecord

    /// The path parameter `name` (always present once a route matched).
    func parameter(_ name: String) -> String { parameters[name] ?? "" }

    /// The last value of query parameter `name`.
    func query(_ name: String) -> String? { query.last { $0.name == name }?.value }

    /// Every value of a query parameter (`number[]=1&number[]=2`, or `number=1,2`).
    func queryValues(_ name: String) -> [String] {
        query.filter { $0.name == name || $0.name == name + "[]" }
            .flatMap { $0.value.split(separator: ",").map(String.init) }
    }

    /// The integer query parameter `name`, if present and numeric.
    func intQuery(_ name: String) -> Int? { query(name).flatMap { Int($0) } }

    /// The body's attributes: the object under `wrapper` (e.g. `{"ticket":{…}}`) or the body itself.
    func attributes(wrapper: String) -> JSONValue {
        if let wrapped = body?[wrapper], case .object = wrapped { return wrapped }
        if let body, case .object = body { return body }
        return .object([])
    }
}
