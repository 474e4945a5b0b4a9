import Foundation

extension AssemblaError: CustomStringConvertible, LocalizedError {
    /// One line: `request: status — explanation`.
    public var description: String {
        let statusText = status.map { code in
            let phrase = Self.reasonPhrase(code)
            return phrase.isEmpty ? "\(code)" : "\(code) \(phrase)"
        }
        switch (request, statusText) {
        case let (request?, statusText?): return "\(request): \(statusText) — \(explanation)"
        case let (request?, nil): return "\(request): \(explanation)"
        case let (nil, statusText?): return "\(statusText) — \(explanation)"
        case (nil, nil): return explanation
        }
    }

    /// Foundation's description, the same line.
    public var errorDescription: String? { description }

    /// The explanation part, without request and status.
    public var explanation: String {
        let text: String
        switch kind {
        case .unauthorized:
            text = switch credentialsOrigin {
            case .environment: "the credentials were refused (check ASSEMBLA_API_KEY/ASSEMBLA_API_SECRET or ASSEMBLA_TOKEN)"
            case .code: "the credentials were refused (check the API key and secret, or the token, given to AssemblaClient)"
            }
        case .forbidden:
            text = "these credentials may not do this"
        case .notFound(let what):
            text = what.map { "no \($0)" } ?? "not found"
        case .validation(let fields):
            let parts = fields.keys.sorted().map { key in
                "\(key): \(fields[key, default: []].joined(separator: ", "))"
            }
            text = parts.isEmpty ? "the server rejected the data" : "rejected — " + parts.joined(separator: "; ")
        case .rateLimited(let attempts):
            text = "rate limited by the server" + Self.attemptsSuffix(attempts)
        case .server(let attempts):
            text = "the server failed" + Self.attemptsSuffix(attempts)
        case .unexpectedStatus:
            text = "unexpected answer from the server"
        case .transport(let reason, let attempts):
            text = "network error: \(reason)" + Self.attemptsSuffix(attempts)
        case .timeout(let attempts):
            text = "timed out" + Self.attemptsSuffix(attempts)
        case .decoding(let path, let reason):
            text = "could not read the answer at \(path.isEmpty ? "the top level" : path): \(reason)"
        case .insecureTransport(let reason):
            text = "refused to send credentials: \(reason)"
        case .outcomeUnknown(let reason):
            text = "\(reason); the request was not repeated, so it may or may not have been applied — check before trying again"
        case .noSuch(let what):
            text = "no \(what)"
        case .noMatch(let kind, let name, let candidates):
            text = "no \(kind) named \"\(name)\"" + (candidates.isEmpty ? "" : " — did you mean " + Self.quotedList(candidates) + "?")
        case .ambiguous(let kind, let name, let candidates):
            text = "\"\(name)\" matches several \(kind)s: " + Self.quotedList(candidates) + " — use the exact name"
        case .configuration(let reason), .invalidArgument(let reason):
            text = reason
        }
        guard let detail, !detail.isEmpty else { return text }
        return text + " (\(detail))"
    }

    static func attemptsSuffix(_ attempts: Int) -> String {
        attempts > 1 ? " after \(attempts) attempts" : ""
    }

    static func quotedList(_ names: [String]) -> String {
        names.map { "\"\($0)\"" }.joined(separator: ", ")
    }

    /// The standard reason phrase for `status` ("Not Found" for 404).
    static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 201: "Created"
        case 204: "No Content"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 307: "Temporary Redirect"
        case 308: "Permanent Redirect"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 409: "Conflict"
        case 422: "Unprocessable Entity"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        default: ""
        }
    }
}
