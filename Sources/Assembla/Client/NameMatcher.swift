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

    /// What a name matched: one item (and how), several (ambiguous), or none (with near names).
    public enum Outcome {
        /// Exactly one item, and how it matched.
        case found(Item, NameMatch)
        /// Several items at the first rule that matched any; their names.
        case ambiguous(candidates: [String])
        /// None; up to three near names.
        case notFound(candidates: [String])
    }

    /// The item `wanted` names, without throwing; `exactly`: never by a part of the name.
    public func outcome(_ wanted: String, in items: [Item], exactly: Bool = false) -> Outcome {
        let folded = wanted.lowercased()
        var rules: [(NameMatch.Kind, (Item) -> Bool)] = [
            (.exact, { keys($0).contains(wanted) }),
            (.ignoringCase, { keys($0).contains { $0.lowercased() == folded } }),
        ]
        if !exactly { rules.append((.partial, { name($0).lowercased().contains(folded) })) }
        for (how, rule) in rules {
            let matches = items.filter(rule)
            if matches.count == 1 { return .found(matches[0], NameMatch(query: wanted, matched: name(matches[0]), kind: how)) }
            if matches.count > 1 { return .ambiguous(candidates: matches.map(name)) }
        }
        return .notFound(candidates: nearest(to: folded, in: items))
    }

    /// The item `wanted` names.
    /// - Throws: ``AssemblaError`` `.noMatch` (with near names) or `.ambiguous` (with the candidates).
    public func find(_ wanted: String, in items: [Item]) throws -> Item {
        try match(wanted, in: items).item
    }

    /// The item and how it matched (exact, ignoring case, or a partial match of the name).
    func match(_ wanted: String, in items: [Item]) throws -> (item: Item, match: NameMatch) {
        try found(outcome(wanted, in: items), wanted)
    }

    /// For writes: an id or key (wiki name, login) or the whole name, ignoring case at most —
    /// never a part of a name.
    func findExactly(_ wanted: String, in items: [Item]) throws -> Item {
        try found(outcome(wanted, in: items, exactly: true), wanted).item
    }

    private func found(_ outcome: Outcome, _ wanted: String) throws -> (item: Item, match: NameMatch) {
        switch outcome {
        case .found(let item, let match): return (item, match)
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
