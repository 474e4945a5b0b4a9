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

extension QueryString {
    /// A form body (`ticket[summary]=Hi&ticket[tags][]=UI&ticket[tags][]=Core`) as the JSON
    /// object the same request would send: `{"ticket":{"summary":"Hi","tags":["UI","Core"]}}`.
    static func formObject(_ pairs: [(name: String, value: String)]) -> JSONValue {
        var root = JSONValue.object([])
        for pair in pairs {
            var path = pair.name.split(separator: "[", omittingEmptySubsequences: false).map {
                String($0.hasSuffix("]") ? $0.dropLast() : $0)
            }
            let isList = path.last == "" && path.count > 1
            if isList { path.removeLast() }
            root = inserting(.string(pair.value), at: path[...], into: root, appending: isList)
        }
        return root
    }

    private static func inserting(_ value: JSONValue, at path: ArraySlice<String>, into node: JSONValue,
                                  appending: Bool) -> JSONValue {
        guard let key = path.first else {
            guard appending else { return value }
            if case .array(let items) = node { return .array(items + [value]) }
            return .array([value])
        }
        guard case .object(var members) = node else {
            return inserting(value, at: path, into: .object([]), appending: appending)
        }
        let child = members.first { $0.key == key }?.value ?? (path.count == 1 && appending ? .array([]) : .object([]))
        let updated = inserting(value, at: path.dropFirst(), into: child, appending: appending)
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].value = updated
        } else {
            members.append((key, updated))
        }
        return .object(members)
    }
}
