import Foundation

/// Shared steps of the source commands.
extension CommandCall {
    /// For every space in scope (concurrently, at most 4 at a time): fetch, add derived fields,
    /// then apply the stage's filters.
    func perSpace(_ kind: RecordKind, consumed: Set<String> = [],
                  _ fetch: @escaping @Sendable (Record) async throws -> [Record]) async throws -> PipelineValue {
        let spaces = try await spacesInScope()
        let enricher = Enricher(lookups: context.lookups, needed: source?.lookups)
        var records = try await concurrently(spaces) { space in
            try await enricher.enrich(try await fetch(space), kind: kind, space: space)
        }
        if kind == .user { records = records.uniqueByID }  // a person in several spaces is listed once
        return output(kind, try filtered(records, kind: kind, consumed: consumed))
    }

    /// The users of `spaces` (concurrently), each person once.
    func users(of spaces: [Record]) async throws -> [Record] {
        let lookups = context.lookups
        return try await concurrently(spaces) { space in try await lookups.users(of: space) }.uniqueByID
    }

    /// The `since=` / `until=` filters as dates (`since=-24h`, `until=2026-01-31`).
    func timeRange() throws -> (from: Date?, to: Date?) {
        func date(_ name: String) throws -> Date? {
            guard let comparison = topLevelFilter(name) else { return nil }
            switch try value(of: comparison.value) {
            case .date(let date, _): return date
            case .string(let text):
                guard let date = DateParsing.parse(text) else {
                    throw usageError("`\(name)` needs a date or a relative time such as -24h", at: comparison.value.range)
                }
                return date
            default:
                throw usageError("`\(name)` needs a date or a relative time such as -24h", at: comparison.value.range)
            }
        }
        return (try date("since"), try date("until"))
    }

    /// The records whose `field` (a date) lies within `from`…`to`: the API takes times to the
    /// minute, the language means them to the second.
    func within(_ records: [Record], field: String, from: Date?, to: Date?) -> [Record] {
        guard from != nil || to != nil else { return records }
        return records.filter { record in
            guard case .date(let date, _)? = record[field] else { return false }
            return (from.map { date >= $0 } ?? true) && (to.map { date <= $0 } ?? true)
        }
    }

    /// The records in the `scope` whose `field` is the id of one of `owners`; all when `owners` is nil.
    func belonging(_ records: [Record], field: String, to owners: [Record]?) -> [Record] {
        guard let owners else { return records }
        let ids = Set(owners.compactMap { $0.text("id") })
        return records.filter { $0.text(field).map(ids.contains) ?? false }
    }
}

extension [Record] {
    /// The records with the first occurrence of each `id`.
    var uniqueByID: [Record] {
        var seen = Set<String>()
        return filter { seen.insert($0.text("id") ?? "").inserted }
    }
}
