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
        return output(kind, try await filtered(records, kind: kind, consumed: consumed))
    }

    /// The users of `spaces` (concurrently), each person once.
    func users(of spaces: [Record]) async throws -> [Record] {
        let lookups = context.lookups
        return try await concurrently(spaces) { space in try await lookups.users(of: space) }.uniqueByID
    }

    /// The `since=` / `until=` filters (`since=-24h`, `until=2026-01-31`, `since=$1`), read as
    /// dates by the one coercion step; a day means the whole day (`DateRule`).
    func timeRange() throws -> TimeBounds {
        func bound(_ name: String) throws -> (date: Date, wholeDay: Bool)? {
            guard let comparison = topLevelFilter(name) else { return nil }
            guard case .date(let date, let wholeDay) = try value(of: comparison, type: .date) else {
                throw usageError("`\(name)` needs a date or a relative time such as -24h", at: comparison.value.range)
            }
            return (date, wholeDay)
        }
        return TimeBounds(since: try bound("since"), until: try bound("until"))
    }

    /// The records whose `field` (a date) lies within the bounds: the API takes times to the
    /// minute, the language means them to the second.
    func within(_ records: [Record], field: String, _ bounds: TimeBounds) -> [Record] {
        guard bounds.since != nil || bounds.until != nil else { return records }
        return records.filter { record in
            guard case .date(let date, _)? = record[field] else { return false }
            return bounds.contains(date)
        }
    }

    /// The records in the `scope` whose `field` is the id of one of `owners`; all when `owners` is nil.
    func belonging(_ records: [Record], field: String, to owners: [Record]?) -> [Record] {
        guard let owners else { return records }
        let ids = Set(owners.compactMap { $0.text("id") })
        return records.filter { $0.text(field).map(ids.contains) ?? false }
    }
}

/// `since=` and `until=` of `tasks` and `stream`: `>=` and `<=` by the date rule.
struct TimeBounds: Sendable {
    let since: (date: Date, wholeDay: Bool)?
    let until: (date: Date, wholeDay: Bool)?

    /// The start to ask the API for.
    var from: Date? { since.map { DateRule.start($0.date, wholeDay: $0.wholeDay) } }
    /// The end to ask the API for (the end of an `until` day).
    var to: Date? { until.map { DateRule.end($0.date, wholeDay: $0.wholeDay) } }

    /// Whether `date` is within both bounds.
    func contains(_ date: Date) -> Bool {
        (since.map { DateRule.holds(date, .greaterOrEqual, $0.date, wholeDay: $0.wholeDay) } ?? true)
            && (until.map { DateRule.holds(date, .lessOrEqual, $0.date, wholeDay: $0.wholeDay) } ?? true)
    }
}

extension [Record] {
    /// The records with the first occurrence of each `id`.
    var uniqueByID: [Record] {
        var seen = Set<String>()
        return filter { seen.insert($0.text("id") ?? "").inserted }
    }
}
