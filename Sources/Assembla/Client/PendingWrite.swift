/// A write whose names are resolved (the reads it needs are done) and that is not sent yet:
/// ``request`` is exactly what ``send()`` sends, so a dry run shows the real request.
///
/// Every write of the library has a `prepare…` counterpart that returns one; the write
/// itself is `prepare…(…).send()`.
///
/// ```swift
/// let pending = try await space.prepareCreateTicket(TicketFields(summary: "Login fails"))
/// if dryRun {
///     print(pending.request)   // POST /v1/spaces/…/tickets {"ticket":{"summary":"Login fails"}}
/// } else {
///     let ticket = try await pending.send()
/// }
/// ```
public struct PendingWrite<Result: Sendable>: Sendable {
    /// What ``send()`` sends: method, path and JSON body (never credentials).
    public let request: PlannedWrite
    private let perform: @Sendable () async throws -> Result

    /// A write of `endpoint`: `invalidate` runs once the answer (or the failure) is in — a failed
    /// write may still have been applied — and `then` turns the answer into the result.
    init<Response>(_ endpoint: Endpoint<Response>, core: ClientCore, invalidate: @escaping @Sendable () async -> Void = {},
                   then: @escaping @Sendable (Response) async throws -> Result) {
        request = PlannedWrite(endpoint)
        perform = {
            let answer: Response
            do {
                answer = try await core.send(endpoint)
            } catch {
                await invalidate()
                throw error
            }
            await invalidate()
            return try await then(answer)
        }
    }

    private init(request: PlannedWrite, perform: @escaping @Sendable () async throws -> Result) {
        self.request = request
        self.perform = perform
    }

    /// Sends the write and returns what it produced.
    /// - Throws: ``AssemblaError`` when the server refuses it or cannot be reached.
    @discardableResult
    public func send() async throws -> Result {
        try await perform()
    }

    /// The same write, its result transformed after sending.
    public func map<Other: Sendable>(_ transform: @escaping @Sendable (Result) async throws -> Other) -> PendingWrite<Other> {
        let perform = self.perform
        return PendingWrite<Other>(request: request) { try await transform(try await perform()) }
    }
}
