import Assembla

/// What a name typed in a statement matched among records.
enum RecordMatch: Sendable, Equatable {
    /// One record.
    case found(Record)
    /// Several records; their names.
    case ambiguous(candidates: [String])
    /// None; near names, or every name when none is near.
    case notFound(candidates: [String])
}

extension [Record] {
    /// The record `name` names, by the library's one `NameMatcher`: exact on any of `keys`,
    /// then ignoring case, then a unique substring of the display name (`keys[0]`). When no
    /// name is near, "not found" lists every name, so the hint can say what exists.
    func match(_ name: String, keys: [String]) -> RecordMatch {
        let display = keys.first ?? "name"
        let matcher = Assembla.NameMatcher<Record>(kind: display, keys: { record in keys.compactMap { record.text($0) } },
                                                   name: { $0.text(display) ?? "" })
        switch matcher.outcome(name, in: self) {
        case .found(let record, _): return .found(record)
        case .ambiguous(let candidates): return .ambiguous(candidates: candidates)
        case .notFound(let near): return .notFound(candidates: near.isEmpty ? compactMap { $0.text(display) } : near)
        }
    }
}
