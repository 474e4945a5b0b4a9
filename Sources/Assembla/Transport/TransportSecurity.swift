import Foundation

/// Decides whether credentials may be sent to a base URL: https anywhere, http only to a
/// loopback host (127.0.0.0/8, ::1, localhost).
enum TransportSecurity {
    /// Why sending credentials to `url` is refused, or nil when it is allowed.
    static func refusal(for url: URL) -> String? {
        let scheme = url.scheme?.lowercased() ?? ""
        let host = url.host ?? ""
        switch scheme {
        case "https":
            return nil
        case "http" where isLoopback(host):
            return nil
        case "http":
            return "\(url.absoluteString) uses plain http to a non-loopback host \"\(host)\"; use https (http is allowed only for 127.0.0.1, ::1 or localhost)"
        default:
            return "\(url.absoluteString) is not an http(s) URL"
        }
    }

    /// Whether `host` is a loopback name or address.
    static func isLoopback(_ host: String) -> Bool {
        let name = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if name == "localhost" || name == "::1" || name == "0:0:0:0:0:0:0:1" { return true }
        let octets = name.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4, octets.allSatisfy({ UInt8($0) != nil }) else { return false }
        return octets[0] == "127"
    }
}
