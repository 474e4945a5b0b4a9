/// One endpoint: a method, a path pattern (`/v1/spaces/:space/tickets/:number`) and its handler,
/// which runs inside the store actor.
struct Route: Sendable {
    enum Segment: Sendable, Equatable {
        case literal(String)
        case parameter(String)
    }

    typealias Handler = @Sendable (isolated SandboxStore, APIRequest) throws -> APIResponse

    let method: String
    let segments: [Segment]
    let handler: Handler

    init(_ method: String, _ pattern: String, _ handler: @escaping Handler) {
        self.method = method
        self.segments = pattern.split(separator: "/").map {
            $0.hasPrefix(":") ? .parameter(String($0.dropFirst())) : .literal(String($0))
        }
        self.handler = handler
    }

    /// The parameters when `path` (already split, `.json` removed) matches this route.
    func match(_ path: [String]) -> [String: String]? {
        guard path.count == segments.count else { return nil }
        var parameters: [String: String] = [:]
        for (segment, part) in zip(segments, path) {
            switch segment {
            case .literal(let text): if text != part { return nil }
            case .parameter(let name): parameters[name] = part
            }
        }
        return parameters
    }
}
