import Foundation

/// Owns the sandbox's data and answers routed requests; every read and write runs inside
/// this actor, so concurrent requests see a consistent state.
actor SandboxStore {
    var state: SandboxState
    /// The reference "now" of the seeded data.
    let now: Date
    /// The largest page a list serves (``SandboxConfiguration/maxPerPage``, at least 1).
    let maxPerPage: Int
    private let started = Date()

    init(configuration: SandboxConfiguration) {
        let now = SandboxDates.wholeSeconds(configuration.referenceDate ?? Date())
        self.now = now
        maxPerPage = max(1, configuration.maxPerPage)
        self.state = SandboxSeeder(now: now, ticketCount: configuration.ticketCount,
                                   extraMemberCount: configuration.extraMemberCount).makeState()
    }

    /// The time a write happens, on the seeded data's timeline.
    var clock: Date { SandboxDates.wholeSeconds(now.addingTimeInterval(Date().timeIntervalSince(started))) }

    /// The user authenticated by `credentials` (`alice` for the owner's, `watcher1` for the watcher's).
    func user(login: String) -> UserRecord? { state.user(login) }

    /// Runs a matched route's handler inside the actor.
    func handle(_ route: Route, _ request: APIRequest) -> APIResponse {
        do {
            return try route.handler(self, request)
        } catch let failure as APIFailure {
            return failure.response
        } catch {
            return .error(500, code: "internal_error", description: "\(error)")
        }
    }
}
