// Compiled only with the package's `AsyncHTTPClient` trait enabled, so nobody who does not use
// this transport resolves or builds AsyncHTTPClient, NIO or swift-crypto:
//   .package(url: "…/assembla-swift", from: "…", traits: ["AsyncHTTPClient"])
#if AsyncHTTPClient
import Assembla
import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// An ``Assembla/HTTPTransport`` over AsyncHTTPClient (SwiftNIO), for servers that already
/// run an `HTTPClient`:
///
/// ```swift
/// import Assembla
/// import AssemblaAsyncHTTPClient
///
/// var configuration = AssemblaConfiguration(credentials: .bearer(token: token))
/// configuration.transport = AsyncHTTPClientTransport(client: .shared)
/// let assembla = AssemblaClient(configuration: configuration)
/// ```
///
/// Redirects are not followed when the client was made with `redirectConfiguration: .disallow`
/// (``AsyncHTTPClientTransport/init(timeout:)`` makes such a client); network failures become
/// `AssemblaError` kind `.transport` or `.timeout`.
public struct AsyncHTTPClientTransport: HTTPTransport {
    /// The client requests go through.
    public let client: HTTPClient
    /// The limit for one request (connect, send and read the whole answer).
    public var timeout: TimeAmount
    /// The largest answer read, in bytes (default 64 MiB).
    public var maxBodyBytes: Int

    /// A transport over an existing client (which the caller shuts down).
    public init(client: HTTPClient, timeout: TimeAmount = .seconds(30), maxBodyBytes: Int = 64 << 20) {
        self.client = client
        self.timeout = timeout
        self.maxBodyBytes = maxBodyBytes
    }

    /// Sends the request and reads the whole answer.
    public func send(_ request: Assembla.HTTPRequest) async throws -> HTTPResponse {
        guard let url = request.url else {
            throw AssemblaError(.invalidArgument(reason: "cannot form a URL from \(request.baseURL.absoluteString)"),
                                request: request.summary)
        }
        var outgoing = HTTPClientRequest(url: url.absoluteString)
        outgoing.method = NIOHTTP1.HTTPMethod(rawValue: request.method.rawValue)
        for (name, value) in request.headers { outgoing.headers.add(name: name, value: value) }
        if let body = request.body { outgoing.body = .bytes(ByteBuffer(bytes: body)) }
        do {
            let response = try await client.execute(outgoing, timeout: timeout)
            var headers: [String: String] = [:]
            for (name, value) in response.headers { headers[name] = value }
            let buffer = try await response.body.collect(upTo: maxBodyBytes)
            return HTTPResponse(status: Int(response.status.code), headers: headers, body: Data(buffer.readableBytesView))
        } catch is CancellationError {
            throw CancellationError()
        } catch let error as AssemblaError {
            throw error
        } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout
                    || error == .connectTimeout {
            throw AssemblaError(.timeout(attempts: 1), request: request.summary)
        } catch {
            throw AssemblaError(.transport(reason: String(describing: error), attempts: 1), request: request.summary)
        }
    }
}
#endif
