import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The real network: ONE `URLSession` with keep-alive, a request timeout and enough
/// connections per host for the configured concurrency.
///
/// Redirects are not followed (the 3xx answer is returned), so credentials never travel to
/// a host they were not meant for.
///
/// Each POST goes through a session of its own, on a connection that nothing else uses and
/// that is closed after the answer (`Connection: close`): libcurl silently re-sends a request
/// whose *reused* keep-alive connection died before any answer, and a POST must never be sent
/// twice. (A shared second pool is not enough: a server that closes without saying
/// `Connection: close` leaves a dead connection in it, which libcurl then reuses.)
public final class URLSessionTransport: HTTPTransport {
    private let configuration: URLSessionConfiguration
    private let refuseRedirects = RedirectRefusal()
    private let session: URLSession

    /// Creates a transport with `timeout` seconds per request and up to
    /// `maxConnectionsPerHost` parallel connections.
    public init(timeout: TimeInterval = 30, maxConnectionsPerHost: Int = 8) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = max(timeout * 4, 120)
        configuration.httpMaximumConnectionsPerHost = max(1, maxConnectionsPerHost)
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        self.configuration = configuration
        session = URLSession(configuration: configuration, delegate: refuseRedirects, delegateQueue: nil)
    }

    /// `url` as the platform's loader accepts it. On Linux, FoundationNetworking refuses every
    /// IPv6 literal host with "URL error -1000" (swift-corelibs-foundation #5496): `[::1]`
    /// goes as `localhost`, which curl resolves to ::1 and 127.0.0.1 itself; another IPv6
    /// literal is a clear error asking for a host name.
    static func loadable(_ url: URL, request: HTTPRequest) throws -> URL {
        #if canImport(FoundationNetworking)
        guard let host = url.host, host.contains(":") else { return url }
        let plain = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        guard plain == "::1" || plain == "0:0:0:0:0:0:0:1", var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else {
            throw AssemblaError(.invalidArgument(reason: "cannot connect to the IPv6 address \(plain) on this platform: use a host name for it (::1 works)"),
                                request: request.summary)
        }
        components.host = "localhost"
        return components.url ?? url
        #else
        return url
        #endif
    }

    deinit {
        session.finishTasksAndInvalidate()
    }

    /// Sends the request; network failures become ``AssemblaError`` (transport or timeout),
    /// cancellation becomes `CancellationError`.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard let url = try request.url.map({ try Self.loadable($0, request: request) }) else {
            throw AssemblaError(.invalidArgument(reason: "cannot form a URL from \(request.baseURL.absoluteString)"),
                                request: request.summary)
        }
        var urlRequest = URLRequest(url: url)
        urlRequest.httpMethod = request.method.rawValue
        for (name, value) in request.headers { urlRequest.setValue(value, forHTTPHeaderField: name) }
        urlRequest.httpBody = request.body
        let isIdempotent = request.method.isIdempotent
        if !isIdempotent { urlRequest.setValue("close", forHTTPHeaderField: "Connection") }
        let sending = isIdempotent
            ? session
            : URLSession(configuration: configuration, delegate: refuseRedirects, delegateQueue: nil)
        defer { if sending !== session { sending.finishTasksAndInvalidate() } }
        do {
            let (data, response) = try await Self.load(urlRequest, with: sending)
            guard let http = response as? HTTPURLResponse else {
                throw AssemblaError(.transport(reason: "not an HTTP response", attempts: 1), request: request.summary)
            }
            var headers: [String: String] = [:]
            for (name, value) in http.allHeaderFields {
                if let name = name as? String, let value = value as? String { headers[name] = value }
            }
            return HTTPResponse(status: http.statusCode, headers: headers, body: data)
        } catch let error as URLError {
            throw Self.translate(error, request: request)
        } catch let error as AssemblaError {
            throw error
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            throw AssemblaError(.transport(reason: Self.shortReason(error), attempts: 1), request: request.summary)
        }
    }

    /// Runs one data task. Cancelling the calling task cancels the data task from another
    /// thread: `URLSession.data(for:)` cancels it synchronously while the Swift runtime holds
    /// the task's status lock, and on Linux that deadlocks when the answer is being delivered
    /// at the same moment (the delivering thread waits for that lock, the cancelling one for
    /// the session's queue).
    static func load(_ request: URLRequest, with session: URLSession) async throws -> (Data, URLResponse) {
        let running = RunningDataTask()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let task = session.dataTask(with: request) { data, response, error in
                    if let error {
                        continuation.resume(throwing: error)
                    } else if let response {
                        continuation.resume(returning: (data ?? Data(), response))
                    } else {
                        continuation.resume(throwing: URLError(.badServerResponse))
                    }
                }
                running.start(task)
            }
        } onCancel: {
            running.cancel()
        }
    }

    /// Maps a `URLError` to `CancellationError` or an ``AssemblaError``.
    static func translate(_ error: URLError, request: HTTPRequest) -> any Error {
        switch error.code {
        case .cancelled:
            return CancellationError()
        case .timedOut:
            var translated = AssemblaError(.timeout(attempts: 1), request: request.summary)
            translated.retryClass = .transient
            return translated
        default:
            let failure = NetworkFailure(error.code)
            var translated = AssemblaError(.transport(reason: failure.reason, attempts: 1), request: request.summary)
            translated.retryClass = failure.retryClass
            return translated
        }
    }

    static func shortReason(_ error: any Error) -> String {
        let text = String(describing: error)
        return text.replacingOccurrences(of: "(null)", with: "").trimmingCharacters(in: .whitespaces)
    }
}

/// A data task that may be cancelled before or after it starts; cancelling happens on
/// another thread, never inside the canceller's call.
private final class RunningDataTask: @unchecked Sendable {
    private let lock = NSLock()
    private var task: URLSessionDataTask?
    private var cancelled = false

    /// Starts `task`, or cancels it at once when the caller was cancelled already.
    func start(_ task: URLSessionDataTask) {
        let cancelNow = lock.withLock {
            self.task = task
            return cancelled
        }
        task.resume()
        if cancelNow { DispatchQueue.global().async { task.cancel() } }
    }

    /// Cancels the task (now if it started, else as soon as it does).
    func cancel() {
        let task = lock.withLock {
            cancelled = true
            return self.task
        }
        if let task { DispatchQueue.global().async { task.cancel() } }
    }
}

/// Answers every redirect with "do not follow".
private final class RedirectRefusal: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        completionHandler(nil)
    }
}
