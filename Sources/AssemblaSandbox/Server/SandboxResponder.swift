import Foundation
import HTTPTypes
import Hummingbird

/// Answers every HTTP request: applies latency, injects scheduled faults, authenticates,
/// routes to the store, adds `Etag` / honours `If-None-Match`, and records the request.
struct SandboxResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let configuration: SandboxConfiguration
    let store: SandboxStore
    let log: RequestLog
    let faults: FaultSchedule
    let routes: RouteTable
    /// The user each credential set authenticates as.
    let accounts: [(credentials: SandboxCredentials, user: UserRecord)]

    static let maximumBodySize = 8 * 1024 * 1024

    func respond(to request: Request, context: Context) async throws -> Response {
        let method = request.method.rawValue
        let path = request.uri.path
        let query = QueryString.parse(request.uri.query ?? "")
        if configuration.latency > .zero {
            try? await Task.sleep(for: configuration.latency)
        }
        if let fault = await faults.next(method: method) {
            let response = faultResponse(fault)
            let status = fault == .connectionReset ? 0 : response.status.code
            await log.append(SandboxRequestRecord(method: method, path: path, query: QueryString.dictionary(query),
                                                  status: status, fault: fault))
            return response
        }
        let answer = await answer(request, method: method, path: path, query: query)
        var response = finish(answer, ifNoneMatch: request.headers[.ifNoneMatch])
        // The server closes a connection whose request said `Connection: close`; say so, as
        // HTTP/1.1 asks, or a client's pool keeps the dead connection and reuses it.
        if request.headers[.connection]?.lowercased().contains("close") == true {
            response.headers[.connection] = "close"
        }
        await log.append(SandboxRequestRecord(method: method, path: path, query: QueryString.dictionary(query),
                                              status: response.status.code))
        return response
    }

    /// The API answer before conditional-request handling.
    private func answer(_ request: Request, method: String, path: String,
                        query: [(name: String, value: String)]) async -> APIResponse {
        guard let caller = authenticate(request.headers) else { return .unauthorized }
        guard let (route, parameters) = routes.match(method: method, path: path) else { return .notFound }
        var body: JSONValue? = nil
        if method != "GET" && method != "HEAD" {
            guard let bytes = try? await request.body.collect(upTo: Self.maximumBodySize) else {
                return .error(413, code: "request_too_large", description: "The body exceeds \(Self.maximumBodySize) bytes.")
            }
            let data = Data(buffer: bytes)
            let isForm = request.headers[.contentType]?.lowercased().contains("x-www-form-urlencoded") ?? false
            if isForm {
                body = QueryString.formObject(QueryString.parse(String(decoding: data, as: UTF8.self)))
            } else if !data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
                guard let parsed = JSONValue.parse(data) else {
                    return .error(400, code: "invalid_request", description: "The request body is neither JSON nor a form.")
                }
                body = parsed
            }
        }
        let apiRequest = APIRequest(method: method, parameters: parameters, query: query, body: body, caller: caller)
        return await store.handle(route, apiRequest)
    }

    /// The user whose key and secret, or bearer token, the request carries.
    private func authenticate(_ headers: HTTPFields) -> UserRecord? {
        let key = headers[HTTPField.Name("X-Api-Key")!]
        let secret = headers[HTTPField.Name("X-Api-Secret")!]
        let bearer = headers[.authorization].flatMap { value -> String? in
            let parts = value.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
            return parts[1].trimmingCharacters(in: .whitespaces)
        }
        return accounts.first { account in
            (key == account.credentials.key && secret == account.credentials.secret)
                || (bearer != nil && bearer == account.credentials.token)
        }?.user
    }

    /// Turns an API answer into a response: `Etag` on 200/201 and `304` when `If-None-Match` names it.
    private func finish(_ answer: APIResponse, ifNoneMatch: String?) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = answer.contentType
        for header in answer.headers {
            if let name = HTTPField.Name(header.name) { headers[name] = header.value }
        }
        if answer.status == 200 || answer.status == 201 {
            let tag = ETag.of(answer.body)
            headers[.eTag] = tag
            if answer.status == 200, let ifNoneMatch, ETag.matches(ifNoneMatch, tag) {
                headers[.contentType] = nil
                return Response(status: .notModified, headers: headers)
            }
        }
        return Response(status: .init(code: answer.status), headers: headers,
                        body: .init(byteBuffer: ByteBuffer(bytes: answer.body)))
    }

    /// The response that carries out `fault`.
    private func faultResponse(_ fault: SandboxFault) -> Response {
        var headers = HTTPFields()
        switch fault {
        case .tooManyRequests:
            headers[.retryAfter] = String(configuration.retryAfterSeconds)
            headers[.contentType] = APIResponse.jsonType
            let body = #"{"error":"too_many_requests","error_description":"Rate limit exceeded, retry later."}"#
            return Response(status: .tooManyRequests, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
        case .serverError:
            headers[.contentType] = "text/html; charset=utf-8"
            let page = "<!DOCTYPE html>\n<html><head><title>We're sorry, but something went wrong (500)</title></head>"
                + "<body><h1>We're sorry, but something went wrong.</h1></body></html>\n"
            return Response(status: .internalServerError, headers: headers, body: .init(byteBuffer: ByteBuffer(string: page)))
        case .serviceUnavailable:
            headers[.contentType] = "text/html; charset=utf-8"
            let page = "<html><body><h1>503 Service Unavailable</h1>No server is available to handle this request.</body></html>\n"
            return Response(status: .serviceUnavailable, headers: headers, body: .init(byteBuffer: ByteBuffer(string: page)))
        case .connectionReset:
            headers[FaultInjectionHandler.markerName] = FaultInjectionHandler.resetMarker
            return Response(status: .ok, headers: headers)
        case .truncatedBody:
            let partial = #"[{"id":1,"number":1,"summary":"Trunc"#
            headers[FaultInjectionHandler.markerName] = FaultInjectionHandler.truncateMarker
            headers[.contentType] = APIResponse.jsonType
            headers[.contentLength] = String(partial.utf8.count + 4_096)
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: partial)))
        }
    }
}
