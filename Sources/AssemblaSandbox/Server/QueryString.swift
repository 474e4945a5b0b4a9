import Foundation

/// Parses `a=1&b=two+words&number[]=3` into ordered, percent-decoded pairs.
enum QueryString {
    static func parse(_ query: String) -> [(name: String, value: String)] {
        query.split(separator: "&").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let rawName = parts.first, !rawName.isEmpty else { return nil }
            return (decode(rawName), parts.count > 1 ? decode(parts[1]) : "")
        }
    }

    /// The pairs as a dictionary; repeated keys keep their values joined by `,`.
    static func dictionary(_ pairs: [(name: String, value: String)]) -> [String: String] {
        var result: [String: String] = [:]
        for pair in pairs {
            result[pair.name] = result[pair.name].map { $0 + "," + pair.value } ?? pair.value
        }
        return result
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
