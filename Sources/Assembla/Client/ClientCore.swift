import Foundation

/// The engine behind the façade: builds requests from endpoints, runs them through the
/// middleware stack (retry → logging → the configured middlewares → auth → network), maps statuses to
/// ``AssemblaError`` and decodes answers through the configured ``ResponseDecoding``.
final class ClientCore: Sendable {
    let settings: Locked<AssemblaConfiguration>
    let caches: ClientCache
    /// Page sizes the server has served, per kind of list, and where lists ended.
    let lists: ListMemory
    /// Hints from earlier runs (``AssemblaConfiguration/hints``), fixed when the client is created.
    let hints: HintStore?
    private let transport: any HTTPTransport

    init(configuration: AssemblaConfiguration) {
        let settings = Locked(configuration)
        self.settings = settings
        caches = ClientCache(active: configuration.useCache)
        hints = configuration.hints
        lists = ListMemory(store: configuration.hints)
        let network = configuration.transport ?? URLSessionTransport(
            timeout: configuration.timeout, maxConnectionsPerHost: max(8, configuration.maxConcurrentRequests + 2))
        let authenticated = AuthenticatingTransport(wrapping: network) { settings.current.credentials }
        let intercepted = MiddlewareTransport(base: authenticated) { settings.current.middlewares }
        let logged = LoggingTransport(wrapping: intercepted, sink: Self.requestSink(settings, ids: Locked(0)))
        inFlight = InFlightTransport(wrapping: RetryingTransport(wrapping: logged) { settings.current.retry })
        transport = inFlight
    }

    /// The outermost layer: knows which requests are waiting for an answer.
    let inFlight: InFlightTransport

    var configuration: AssemblaConfiguration { settings.current }

    /// Sends one endpoint and decodes its answer.
    @discardableResult
    func send<Response>(_ endpoint: Endpoint<Response>) async throws -> Response {
        let configuration = settings.current
        guard endpoint.path.hasPrefix("/v1/") else {
            throw AssemblaError(.invalidArgument(reason: "API paths start with /v1/, not \"\(endpoint.path.prefix(40))\""))
        }
        var headers = ["Accept": "application/json"]
        if endpoint.body != nil { headers["Content-Type"] = "application/json" }
        let request = HTTPRequest(baseURL: configuration.baseURL, method: endpoint.method, path: endpoint.path,
                                  query: endpoint.query, headers: headers, body: endpoint.body)
        let response = try await transport.send(request)
        guard response.isSuccess else { throw ResponseErrors.error(for: response, request: request, credentialsOrigin: configuration.credentialsOrigin) }
        var body = response.body
        if response.status == 204 || body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            switch endpoint.emptyBody {
            case .emptyList: body = Data("[]".utf8)
            case .nothing: body = Data("{}".utf8)
            case .invalid:
                throw AssemblaError(.decoding(path: "", reason: "the answer was empty"), request: request.summary,
                                    status: response.status)
            }
        }
        do {
            return try configuration.decoder.decode(Response.self, from: body)
        } catch var error as AssemblaError {
            error.request = request.summary
            error.status = response.status
            throw error
        }
    }

    /// A paged list as it arrives, read with the page size and concurrency configured when
    /// each read starts, reading ahead as `intent` says.
    func paged<Element>(_ endpoint: PagedEndpoint<Element>, intent: ReadIntent = .readAhead) -> Paged<Element> {
        Paged { [self] in
            let configuration = settings.current
            let pager = Pager(pageSize: configuration.pageSize, concurrency: configuration.maxConcurrentRequests,
                              memory: lists, intent: intent)
            let feed = pager.pages(endpoint) { [self] page in try await send(page) }
            return PageReader { try await feed.next() }
        }
    }

    /// Every item of a paged list (``paged(_:)`` collected).
    func readAll<Element>(_ endpoint: PagedEndpoint<Element>) async throws -> [Element] {
        try await paged(endpoint).collect()
    }
}
