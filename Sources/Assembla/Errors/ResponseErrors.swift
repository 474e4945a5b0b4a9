import Foundation

/// Turns a non-2xx response into the matching ``AssemblaError``.
enum ResponseErrors {
    static func error(for response: HTTPResponse, request: HTTPRequest, credentialsOrigin: CredentialsOrigin = .code) -> AssemblaError {
        let status = response.status
        let kind: AssemblaError.Kind
        var detail = serverMessage(response.body)
        switch status {
        case 401: kind = .unauthorized
        case 403: kind = .forbidden
        case 404: kind = .notFound(what: subject(ofPath: request.path))
        case 422:
            let fields = validationMessages(response.body)
            kind = .validation(fields)
            if !fields.isEmpty { detail = nil }
        case 300...399:
            kind = .unexpectedStatus
            detail = "redirected to \(response.headers["location"] ?? "another URL"), not followed so the credentials stay with the configured server; check "
                + (credentialsOrigin == .environment ? "ASSEMBLA_URL" : "the base URL")
        case 429: kind = .rateLimited(attempts: response.attempts)
        case 500...599 where request.method == .post:
            kind = .outcomeUnknown(reason: "the server answered \(status) \(AssemblaError.reasonPhrase(status))")
        case 500...599: kind = .server(attempts: response.attempts)
        default: kind = .unexpectedStatus
        }
        var error = AssemblaError(kind, request: request.summary, status: status, detail: detail)
        error.credentialsOrigin = credentialsOrigin
        return error
    }

    /// `space "nope"`, `ticket 999`, … — what a 404 on `path` is missing.
    static func subject(ofPath path: String) -> String? {
        let segments = path.split(separator: "/").map(String.init).dropFirst() // drop "v1"
        var pairs: [(String, String)] = []
        var index = segments.startIndex
        while index < segments.endIndex {
            let collection = segments[index]
            let next = segments.index(after: index)
            if next < segments.endIndex {
                pairs.append((collection, segments[next].removingPercentEncoding ?? segments[next]))
            } else if pairs.isEmpty {
                return nil
            }
            index = segments.index(index, offsetBy: 2, limitedBy: segments.endIndex) ?? segments.endIndex
        }
        guard let (collection, id) = pairs.last else { return nil }
        var singular = collection.replacingOccurrences(of: "_", with: " ")
        if singular.hasSuffix("s") { singular.removeLast() }
        return Int(id) != nil ? "\(singular) #\(id)" : "\(singular) \"\(id)\""
    }

    /// `{"summary":["can't be blank"]}`, `{"errors":{…}}` or `{"base":[…]}` → field → messages.
    static func validationMessages(_ body: Data) -> [String: [String]] {
        guard let object = try? JSONDecoder().decode(ValidationBody.self, from: body) else { return [:] }
        return object.fields
    }

    /// A short human message from an error body (`error`, `message` or plain text), if any.
    static func serverMessage(_ body: Data) -> String? {
        if let message = try? JSONDecoder().decode(MessageBody.self, from: body), let text = message.text {
            return String(text.prefix(200))
        }
        let text = String(decoding: body.prefix(400), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty, !text.hasPrefix("<"), !text.hasPrefix("{"), !text.hasPrefix("[") else { return nil }
        return String(text.prefix(200))
    }
}

/// A 422 body: field → messages, optionally under `errors`.
private struct ValidationBody: Decodable {
    var fields: [String: [String]] = [:]

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        if let errors = AnyCodingKey(stringValue: "errors"), container.contains(errors),
           let nested = try? container.decode([String: Messages].self, forKey: errors) {
            fields = nested.mapValues(\.list)
            return
        }
        for key in container.allKeys {
            if let messages = try? container.decode(Messages.self, forKey: key) { fields[key.stringValue] = messages.list }
        }
    }

    /// One message or a list of them.
    struct Messages: Decodable {
        var list: [String]
        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let many = try? container.decode([String].self) { list = many } else { list = [try container.decode(String.self)] }
        }
    }
}

/// An error body with `error` or `message`.
private struct MessageBody: Decodable {
    var error: String?
    var message: String?
    var text: String? { error ?? message }
}
