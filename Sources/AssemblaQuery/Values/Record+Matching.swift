import Assembla

extension [Record] {
    /// The record `name` names, by the library's one `NameMatcher`: exact on any of `keys`,
    /// then ignoring case, then a unique substring of the display name (`keys[0]`). When no
    /// name is near, "not found" lists every name, so the hint can say what exists.
    func match(_ name: String, keys: [String]) -> Assembla.NameMatcher<Record>.Match {
        let display = keys.first ?? "name"
        let matcher = Assembla.NameMatcher<Record>(kind: display, keys: { record in keys.compactMap { record.text($0) } },
                                                   name: { $0.text(display) ?? "" })
        let outcome = matcher.match(name, in: self)
        if case .notFound(let near) = outcome, near.isEmpty { return .notFound(candidates: compactMap { $0.text(display) }) }
        return outcome
    }
}
