/// Finds one record by a name a person typed: an exact match on any key wins; else a unique
/// case-insensitive match; else a unique case-insensitive substring match. Otherwise the
/// result says "not found" or "ambiguous" with the candidates.
enum NameMatcher {
    enum Outcome: Sendable, Equatable {
        case found(Record)
        case notFound(candidates: [String])
        case ambiguous(candidates: [String])
    }

    /// - Parameters:
    ///   - keys: fields to compare, the first one being the display name (e.g. `name`, `wiki_name`, `id`).
    static func match(_ name: String, in records: [Record], keys: [String]) -> Outcome {
        func values(_ record: Record) -> [String] { keys.compactMap { record.text($0) } }
        let display = records.compactMap { $0.text(keys[0]) }
        let exact = records.filter { values($0).contains(name) }
        if exact.count == 1 { return .found(exact[0]) }
        if exact.count > 1 { return .ambiguous(candidates: exact.compactMap { $0.text(keys[0]) }) }
        let lowered = name.lowercased()
        let insensitive = records.filter { values($0).contains { $0.lowercased() == lowered } }
        if insensitive.count == 1 { return .found(insensitive[0]) }
        if insensitive.count > 1 { return .ambiguous(candidates: insensitive.compactMap { $0.text(keys[0]) }) }
        let partial = records.filter { values($0).contains { $0.lowercased().contains(lowered) } }
        if partial.count == 1 { return .found(partial[0]) }
        if partial.count > 1 { return .ambiguous(candidates: partial.compactMap { $0.text(keys[0]) }) }
        return .notFound(candidates: display)
    }
}
