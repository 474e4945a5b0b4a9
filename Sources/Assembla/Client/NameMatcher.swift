/// Finds one item by a name the user typed: exact (id, name or another key), then
/// case-insensitive exact, then a unique case-insensitive substring of the name. None →
/// ``AssemblaError/Kind/noMatch(kind:name:candidates:)`` with the nearest names; several →
/// ``AssemblaError/Kind/ambiguous(kind:name:candidates:)`` listing them.
struct NameMatcher<Item> {
    /// What is looked up (`space`, `milestone`, `user`, …).
    var kind: String
    /// Keys that identify an item exactly (id, login, wiki name, the name itself).
    var keys: (Item) -> [String]
    /// The name shown to people (also the one searched by substring).
    var name: (Item) -> String

    func find(_ wanted: String, in items: [Item]) throws -> Item {
        try match(wanted, in: items).item
    }

    /// The item and how it matched (exact, ignoring case, or a partial match of the name).
    func match(_ wanted: String, in items: [Item]) throws -> (item: Item, match: NameMatch) {
        if let found = try exactMatch(wanted, in: items) { return found }
        let folded = wanted.lowercased()
        let partial = items.filter { name($0).lowercased().contains(folded) }
        if let match = try unique(partial, wanted) { return (match, NameMatch(query: wanted, matched: name(match), kind: .partial)) }
        throw noMatch(wanted, in: items)
    }

    /// For writes: an id or key (wiki name, login) or the whole name, ignoring case at most —
    /// never a part of a name.
    func findExactly(_ wanted: String, in items: [Item]) throws -> Item {
        guard let found = try exactMatch(wanted, in: items) else { throw noMatch(wanted, in: items) }
        return found.item
    }

    private func exactMatch(_ wanted: String, in items: [Item]) throws -> (item: Item, match: NameMatch)? {
        let exact = items.filter { keys($0).contains(wanted) }
        if let match = try unique(exact, wanted) { return (match, NameMatch(query: wanted, matched: name(match), kind: .exact)) }
        let folded = wanted.lowercased()
        let caseless = items.filter { keys($0).contains { $0.lowercased() == folded } }
        if let match = try unique(caseless, wanted) {
            return (match, NameMatch(query: wanted, matched: name(match), kind: .ignoringCase))
        }
        return nil
    }

    /// The no-match error for `wanted`, naming the nearest items.
    func noMatch(_ wanted: String, in items: [Item]) -> AssemblaError {
        AssemblaError(.noMatch(kind: kind, name: wanted, candidates: nearest(to: wanted.lowercased(), in: items)))
    }

    private func unique(_ matches: [Item], _ wanted: String) throws -> Item? {
        guard let first = matches.first else { return nil }
        guard matches.count == 1 else {
            throw AssemblaError(.ambiguous(kind: kind, name: wanted, candidates: matches.map(name)))
        }
        return first
    }

    /// Up to three names close to `wanted` (small edit distance or a shared word).
    func nearest(to wanted: String, in items: [Item]) -> [String] {
        let words = Set(wanted.split(separator: " ").map(String.init))
        let scored = items.map { item -> (String, Int) in
            let candidate = name(item)
            let lower = candidate.lowercased()
            var distance = editDistance(wanted, lower)
            if !words.isDisjoint(with: lower.split(separator: " ").map(String.init)) { distance = min(distance, 2) }
            return (candidate, distance)
        }
        let limit = max(2, wanted.count / 2)
        var seen = Set<String>()
        return scored.filter { $0.1 <= limit }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            .map(\.0).filter { seen.insert($0).inserted }.prefix(3).map { $0 }
    }
}

/// Levenshtein distance between two strings (by characters).
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
