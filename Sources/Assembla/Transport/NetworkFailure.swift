import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A network failure sorted by what it means for retrying: was the request possibly
/// received by the server or certainly not?
struct NetworkFailure: Sendable {
    let code: URLError.Code

    init(_ code: URLError.Code) { self.code = code }

    /// The request certainly never reached the server (safe to retry even a POST).
    var neverReachedServer: Bool {
        [.cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet]
            .contains(code)
    }

    /// A failure that a retry may cure.
    var isTransient: Bool {
        neverReachedServer || [.unknown, .networkConnectionLost, .timedOut, .cannotParseResponse,
                               .badServerResponse, .cannotDecodeRawData, .cannotDecodeContentData,
                               .zeroByteResource, .resourceUnavailable].contains(code)
    }

    /// A plain-words reason.
    var reason: String {
        switch code {
        case .cannotConnectToHost: "could not connect to the server"
        case .cannotFindHost, .dnsLookupFailed: "unknown host"
        case .notConnectedToInternet: "no network"
        case .networkConnectionLost: "the connection was lost"
        case .timedOut: "timed out"
        case .badServerResponse, .cannotParseResponse: "the server sent a malformed response"
        case .unknown: "the connection failed mid-answer"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
             .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot:
            "the secure connection failed"
        default: "URL error \(code.rawValue)"
        }
    }

    /// How this failure affects retrying.
    var retryClass: RetryClass { neverReachedServer ? .notSent : (isTransient ? .transient : .permanent) }
}

/// How a network failure affects retrying.
enum RetryClass: Sendable, Hashable {
    /// The request never left: any method may be retried.
    case notSent
    /// It may have reached the server; idempotent methods may be retried.
    case transient
    /// Retrying will not help.
    case permanent
}
