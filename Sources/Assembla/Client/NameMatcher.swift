/// Finds one item by a name the user typed: exact (id, name or another key), then
/// case-insensitive exact, then a unique case-insensitive substring of the name. None →
/// ``AssemblaError/Kind/noMatch(kind:name:candidates:)`` with the nearest names; several →
/// ``AssemblaError/Kind/ambiguous(kind:name:candidates:)`` listing them.
/// The one matcher of the package: the language resolves names typed in statements with it too.
public struct NameMatcher<Item> {
    /// What is looked up (`space`, `milestone`, `user`, …).
    public var kind: String
    /// Keys that identify an item exactly (id, login, wiki name, the name itself).
    public var keys: (Item) -> [String]
    /// The name shown to people (also the one searched by substring).
    public var name: (Item) -> String

    /// A matcher of `kind` items identified by `keys`, shown (and searched by substring) by `name`.
    public init(kind: String, keys: @escaping (Item) -> [String], name: @escaping (Item) -> String) {
        self.kind = kind
        self.keys = keys
        self.name = name
    }

    /// What a name matched: one item, several (ambiguous), or none (with the nearest names).
    public enum Match {
        /// Exactly one item.
        case found(Item)
        /// Several items at the first rule that matched any; their names.
        case ambiguous(candidates: [String])
        /// None; up to three near names.
        case notFound(candidates: [String])
    }

    /// The item `wanted` names, without throwing.
    public func match(_ wanted: String, in items: [Item]) -> Match {
        let folded = wanted.lowercased()
        let rules: [(Item) -> Bool] = [
            { keys($0).contains(wanted) },
            { keys($0).contains { $0.lowercased() == folded } },
            { name($0).lowercased().contains(folded) },
        ]
        for rule in rules {
            let matches = items.filter(rule)
            if matches.count == 1 { return .found(matches[0]) }
            if matches.count > 1 { return .ambiguous(candidates: matches.map(name)) }
        }
        return .notFound(candidates: nearest(to: folded, in: items))
    }

    /// The item `wanted` names.
    /// - Throws: ``AssemblaError`` `.noMatch` (with near names) or `.ambiguous` (with the candidates).
    public func find(_ wanted: String, in items: [Item]) throws -> Item {
        switch match(wanted, in: items) {
        case .found(let item): return item
        case .ambiguous(let candidates): throw AssemblaError(.ambiguous(kind: kind, name: wanted, candidates: candidates))
        case .notFound(let candidates): throw AssemblaError(.noMatch(kind: kind, name: wanted, candidates: candidates))
        }
    }

    /// The no-match error for `wanted`, naming the nearest items.
    func noMatch(_ wanted: String, in items: [Item]) -> AssemblaError {
        AssemblaError(.noMatch(kind: kind, name: wanted, candidates: nearest(to: wanted.lowercased(), in: items)))
    }

    /// Up to three names close to `wanted` (small edit distance or a shared word).
    func nearest(to wanted: String, in items: [Item]) -> [String] {
        let words = Set(wanted.split(separator: " ").map(String.init))
        let scored = items.map { item -> (String, Int) in
            let candidate = name(item)
            let lower = candidate.lowercased()
            var distance = EditDistance.between(wanted, lower)
            if !words.isDisjoint(with: lower.split(separator: " ").map(String.init)) { distance = min(distance, 2) }
            return (candidate, distance)
        }
        let limit = max(2, wanted.count / 2)
        var seen = Set<String>()
        return scored.filter { $0.1 <= limit }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            .map(\.0).filter { seen.insert($0).inserted }.prefix(3).map { $0 }
    }
}
