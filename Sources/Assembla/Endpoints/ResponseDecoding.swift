import Foundation

/// The one seam where response bodies become models. ``JSONResponseDecoder`` is the
/// Foundation implementation; a faster decoder can replace it through
/// ``AssemblaConfiguration/decoder``.
public protocol ResponseDecoding: Sendable {
    /// Decodes `data` as `type`; throws ``AssemblaError`` kind `.decoding` with the path.
    func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T
}

/// Foundation's `JSONDecoder`, configured once and shared. Models do their own lenient
/// key and date handling, so the decoder needs no strategies.
public struct JSONResponseDecoder: ResponseDecoding {
    private static let shared = JSONDecoder()

    /// Creates the decoder.
    public init() {}

    /// Decodes, turning `DecodingError` into ``AssemblaError`` kind `.decoding`.
    public func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        // A count's pages: their ids and numbers read straight from the bytes when that is
        // certain to give what JSONDecoder would (TicketIdentityScanner), else decoded below.
        if T.self == [TicketIdentity].self, let identities = TicketIdentityScanner.scan(data) as? T { return identities }
        do {
            return try Self.shared.decode(type, from: data)
        } catch let error as DecodingError {
            throw AssemblaError(.decoding(path: Self.path(of: error), reason: Self.reason(of: error)))
        }
    }

    /// `[3].created_at` from a decoding error's coding path.
    static func path(of error: DecodingError) -> String {
        let context: DecodingError.Context? = switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): c
        case .keyNotFound(let key, let c):
            DecodingError.Context(codingPath: c.codingPath + [key], debugDescription: c.debugDescription)
        @unknown default: nil
        }
        var path = ""
        for key in context?.codingPath ?? [] {
            if let index = key.intValue { path += "[\(index)]" } else { path += (path.isEmpty ? "" : ".") + key.stringValue }
        }
        return path
    }

    /// A short reason from a decoding error.
    static func reason(of error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, _): return "missing field \"\(key.stringValue)\""
        case .valueNotFound(_, let c): return c.debugDescription.isEmpty ? "missing value" : c.debugDescription
        case .typeMismatch(let type, let c):
            return c.debugDescription.hasPrefix("expected") ? c.debugDescription : "expected \(type)"
        case .dataCorrupted(let c):
            let underlying = (c.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return String((underlying ?? c.debugDescription).prefix(120))
        @unknown default: return "invalid data"
        }
    }
}
