import Assembla

/// Runs a `tickets` source plan: per space in scope, reads the pages the pushdown selects
/// (lookups started alongside), adds derived fields, applies the scope and the stage's
/// filters locally, and stops once a limit is met — or only counts, keeping nothing.
struct TicketReader {
    let call: CommandCall
    let plan: SourcePlan

    /// What was read: the records kept, and how many passed (equal unless only counting).
    struct Outcome: Sendable {
        var records: [Record] = []
        var count = 0
    }

    /// The tickets of a statement's source stage (or, without a plan, every ticket in scope).
    init(_ call: CommandCall) {
        self.call = call
        plan = call.source ?? SourcePlan(kind: .ticket, access: .ticketList(TicketPushdown()), demand: .all,
                                         lookups: Lookup.all(for: .ticket))
    }

    private var pushed: TicketPushdown {
        if case .ticketList(let pushed) = plan.access { return pushed }
        return TicketPushdown()
    }

    /// Reads every space in scope (concurrently, in order) and checks the filters' fields.
    func read() async throws -> Outcome {
        let spaces = try await call.spacesInScope()
        await call.context.lookups.prefetch(plan.lookups, spaces: spaces)
        let predicate = try call.stage.condition.flatMap { try call.uncheckedPredicate($0) }
        let unknown = Set(call.stage.condition?.comparisons.map(\.field) ?? []).subtracting(RecordKind.ticket.fieldNames)
        let parts: [SpaceOutcome]
        if plan.limit != nil {
            var collected: [SpaceOutcome] = []
            var total = 0
            for space in spaces where plan.limit.map({ total < $0 }) ?? true {
                let part = try await read(space, predicate: predicate, unknown: unknown)
                total += part.outcome.records.count
                collected.append(part)
            }
            parts = collected
        } else {
            parts = try await call.concurrently(spaces) { space in [try await read(space, predicate: predicate, unknown: unknown)] }
        }
        var outcome = Outcome()
        var seen = Set<String>()
        for part in parts {
            outcome.records += part.outcome.records
            outcome.count += part.outcome.count
            seen.formUnion(part.seen)
        }
        for comparison in call.stage.condition?.comparisons ?? [] where unknown.contains(comparison.field) && !seen.contains(comparison.field) {
            try call.checkField(comparison.field, at: comparison.fieldRange, kind: .ticket, records: parts.first?.sample ?? [])
        }
        return outcome
    }

    /// One space's share, with the unknown filter fields some record had and a sample for hints.
    private struct SpaceOutcome: Sendable {
        var outcome = Outcome()
        var seen = Set<String>()
        var sample: [Record] = []
    }

    private func read(_ space: Record, predicate: (@Sendable (Record) -> Bool)?, unknown: Set<String>) async throws -> SpaceOutcome {
        var result = SpaceOutcome()
        for milestoneID in try await milestoneIDs(in: space) {
            let query = pushed.query(milestoneID: milestoneID)
            var kept: [Record] = []
            let consume: ([Record]) async throws -> Bool = { page in
                var records = try await Enricher(lookups: call.context.lookups, needed: plan.lookups)
                    .enrich(page, kind: .ticket, space: space)
                if result.sample.isEmpty { result.sample = Array(records.prefix(20)) }
                for name in unknown where !result.seen.contains(name) && records.contains(where: { $0[name] != nil }) {
                    result.seen.insert(name)
                }
                records = call.belonging(records, field: "assigned_to_id", to: call.input.scope.users)
                if let predicate { records = records.filter(predicate) }
                result.outcome.count += records.count
                if !plan.countsOnly { kept += records }
                return !enough(kept)
            }
            if isPlainRead(query) {
                let milestone = try await milestoneRecord(milestoneID, in: space)
                _ = try await consume(try await call.context.backend.tickets(space: space, milestone: milestone))
            } else {
                try await call.context.backend.ticketPages(space: space, query: query,
                                                           window: plan.readAhead(concurrency: call.context.backend.concurrency),
                                                           consume)
            }
            if query.sortBy != nil { kept = Self.inListOrder(kept) }
            result.outcome.records += kept
        }
        return result
    }

    /// Whether a limited read has what it needs: the limit reached and, after a server-side
    /// sort, the record at the limit's sort key no longer tied with the last one read (so
    /// the local sort sees every tie, as it would with the whole list).
    private func enough(_ kept: [Record]) -> Bool {
        guard let limit = plan.limit, kept.count >= limit else { return false }
        guard let field = pushed.sortBy?.rawValue, limit > 0, let last = kept.last else { return true }
        return kept[limit - 1][field] != last[field]
    }

    /// Records in the unsorted list's order (by number), so the local sort breaks ties as it
    /// would on the unsorted list.
    private static func inListOrder(_ records: [Record]) -> [Record] {
        records.enumerated().sorted { a, b in
            let x = a.element["number"]?.number ?? 0, y = b.element["number"]?.number ?? 0
            return x == y ? a.offset < b.offset : x < y
        }.map(\.element)
    }

    /// A default query (every ticket, server order) reads the space's cached list, as before.
    private func isPlainRead(_ query: TicketListQuery) -> Bool {
        !plan.countsOnly && plan.limit == nil && query.report == .all && query.numbers.isEmpty && query.sortBy == nil
    }

    /// The milestones to read in `space`: those in scope, the one a pushed `milestone=TITLE`
    /// names, or none (nil: the whole space).
    private func milestoneIDs(in space: Record) async throws -> [Int?] {
        if let scoped = call.input.scope.milestones {
            return scoped.filter { $0.text("space_id") == space.text("id") }.compactMap { $0.text("id").flatMap { Int($0) } }
        }
        guard let title = pushed.milestoneTitle else { return [nil] }
        let matching = try await call.context.lookups.milestones(of: space)
            .filter { ValueComparison.holds($0["title"] ?? .null, .equal, title) }
        if matching.isEmpty { return [] }  // the local filter would keep none
        guard matching.count == 1, let id = matching[0].text("id").flatMap({ Int($0) }) else { return [nil] }
        return [id]
    }

    private func milestoneRecord(_ id: Int?, in space: Record) async throws -> Record? {
        guard let id else { return nil }
        return try await call.context.lookups.milestones(of: space).first { $0.text("id") == String(id) }
    }
}
