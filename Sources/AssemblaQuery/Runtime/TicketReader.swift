import Assembla

/// Runs a `tickets` source plan: per space in scope, reads the pages the pushdown selects
/// (lookups started alongside), adds derived fields (and tags when the statement names
/// them), applies the scope and the stage's filters locally, and stops once a limit is
/// met — or only counts, keeping nothing.
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

    /// Reads every space in scope (concurrently, in order), then checks the filters' fields
    /// and warns about names that exist nowhere, as the unstreamed filter does.
    func read() async throws -> Outcome {
        let spaces = try await call.spacesInScope()
        await call.context.lookups.prefetch(plan.lookups, spaces: spaces)
        let condition = call.stage.condition
        let predicate = try await condition.asyncFlatMap { try await call.uncheckedPredicate($0, kind: .ticket) }
        let parts: [SpaceOutcome]
        if plan.limit != nil {
            var collected: [SpaceOutcome] = []
            var total = 0
            for space in spaces where plan.limit.map({ total < $0 }) ?? true {
                let part = try await read(space, predicate: predicate)
                total += part.outcome.records.count
                collected.append(part)
            }
            parts = collected
        } else {
            parts = try await call.concurrently(spaces) { space in [try await read(space, predicate: predicate)] }
        }
        var outcome = Outcome()
        var seen = Set<String>()
        var witnesses: [Record] = []
        for part in parts {
            outcome.records += part.outcome.records
            outcome.count += part.outcome.count
            seen.formUnion(part.seen)
            witnesses += part.witnesses
        }
        guard let condition else { return outcome }
        let unknown = Set(condition.comparisons.map(\.field)).subtracting(RecordKind.ticket.fieldNames)
        for comparison in condition.comparisons where unknown.contains(comparison.field) && !seen.contains(comparison.field) {
            try call.checkField(comparison.field, at: comparison.fieldRange, kind: .ticket, records: parts.first?.witnesses ?? [])
        }
        await call.warnAboutUnknownNames(condition, kind: .ticket, records: witnesses, consumed: [])
        return outcome
    }

    /// One space's share: what passed, the filter fields some record had, and witnesses —
    /// a record per space and per filter value some record holds — for the checks at the end.
    private struct SpaceOutcome: Sendable {
        var outcome = Outcome()
        var seen = Set<String>()
        var witnesses: [Record] = []
    }

    private func read(_ space: Record, predicate: (@Sendable (Record) -> Bool)?) async throws -> SpaceOutcome {
        var result = SpaceOutcome()
        let comparisons = call.stage.condition?.comparisons ?? []
        var witnessed = Set<Int>()
        let values = comparisons.map { try? call.value(of: $0.value) }
        for milestoneID in try await milestoneIDs(in: space) {
            var kept: [Record] = []
            let consume: ([Record]) async throws -> Bool = { page in
                var records = try await Enricher(lookups: call.context.lookups, needed: plan.lookups)
                    .enrich(page, kind: .ticket, space: space)
                if call.needsTicketTags { records = try await call.withTags(records, space: space) }
                if result.witnesses.isEmpty, let first = records.first { result.witnesses.append(first) }
                for (index, comparison) in comparisons.enumerated() where !witnessed.contains(index) {
                    if !result.seen.contains(comparison.field), records.contains(where: { $0[comparison.field] != nil }) {
                        result.seen.insert(comparison.field)
                    }
                    guard let value = values[index],
                          let holder = records.first(where: { ValueComparison.holds($0[comparison.field] ?? .null, .equal, value) })
                    else { continue }
                    witnessed.insert(index)
                    result.witnesses.append(holder)
                }
                records = call.belonging(records, field: "assigned_to_id", to: call.input.scope.users)
                if let predicate { records = records.filter(predicate) }
                result.outcome.count += records.count
                if !plan.countsOnly { kept += records }
                return !enough(kept)
            }
            if plan.countsWithoutFields, predicate == nil, comparisons.isEmpty, call.input.scope.users == nil, !call.needsTicketTags {
                // Nothing to filter, enrich or keep: count ids, no records.
                result.outcome.count += try await call.context.backend.ticketCount(space: space, filter: pushed.filter,
                                                                                    milestoneID: milestoneID)
                continue
            }
            if plan.countsOnly || plan.limit != nil || !pushed.isEmpty || milestoneID != nil && call.input.scope.milestones == nil {
                try await call.context.backend.ticketPages(space: space, filter: pushed.filter, milestoneID: milestoneID,
                                                           intent: plan.intent,
                                                           consume)
            } else {
                // Nothing pushed, nothing to stop early: the space's (or milestone's) cached list, as before.
                let milestone = try await milestoneRecord(milestoneID, in: space)
                try await Self.inPages(try await call.context.backend.tickets(space: space, milestone: milestone), consume)
            }
            if pushed.sortBy != nil { kept = Self.inListOrder(kept) }
            result.outcome.records += kept
        }
        return result
    }

    /// How many records of a whole list are enriched at once (a server page's worth).
    private static let enrichedAtOnce = 100

    /// Hands `records` to `consume` a page at a time, letting go of each page's records once
    /// handed over, so a whole list is never held both as read and as enriched.
    private static func inPages(_ records: consuming [Record], _ consume: ([Record]) async throws -> Bool) async throws {
        var rest = records
        let blank = Record(schema: .empty, values: [])
        var start = rest.startIndex
        while start < rest.endIndex {
            let end = min(start + Self.enrichedAtOnce, rest.endIndex)
            let page = Array(rest[start..<end])
            rest.replaceSubrange(start..<end, with: repeatElement(blank, count: end - start))
            start = end
            guard try await consume(page) else { return }
        }
    }

    /// Whether a limited read has what it needs: the limit reached and, after a server-side
    /// sort, the record at the limit's sort key no longer tied with the last one read (so
    /// the local sort sees every tie, as it would with the whole list).
    private func enough(_ kept: [Record]) -> Bool {
        guard let limit = plan.limit, kept.count >= limit else { return false }
        guard let field = pushed.sortBy, limit > 0, let last = kept.last else { return true }
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
        return try await call.context.lookups.milestones(of: space, containing: [id]).first { $0.text("id") == String(id) }
    }
}

extension Optional {
    /// `flatMap` with an async transform.
    func asyncFlatMap<Other>(_ transform: (Wrapped) async throws -> Other?) async rethrows -> Other? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
