import Foundation

/// Every endpoint the sandbox serves, in matching order.
struct RouteTable: Sendable {
    let routes: [Route]

    static let standard = RouteTable(routes:
        SandboxStore.spaceReadRoutes + SandboxStore.milestoneReadRoutes + SandboxStore.ticketReadRoutes
        + SandboxStore.tagReadRoutes + SandboxStore.activityReadRoutes
        + SandboxStore.spaceWriteRoutes + SandboxStore.memberWriteRoutes + SandboxStore.milestoneWriteRoutes
        + SandboxStore.ticketWriteRoutes + SandboxStore.taskWriteRoutes)

    /// Splits a request path into segments, dropping a `.json` suffix from the last one.
    static func segments(of path: String) -> [String] {
        var parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if let last = parts.last, last.hasSuffix(".json") {
            let stem = String(last.dropLast(5))
            if stem.isEmpty { parts.removeLast() } else { parts[parts.count - 1] = stem }
        }
        return parts.map { $0.removingPercentEncoding ?? $0 }
    }

    /// The first route matching the method and path, with its parameters.
    func match(method: String, path: String) -> (Route, [String: String])? {
        let parts = Self.segments(of: path)
        for route in routes where route.method == method {
            if let parameters = route.match(parts) { return (route, parameters) }
        }
        return nil
    }
}

