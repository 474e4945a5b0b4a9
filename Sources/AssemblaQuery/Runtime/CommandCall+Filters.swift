/// Filters: checking field names against the records and applying a condition.
extension CommandCall {
    /// The stage's filters applied to `records`, leaving out `consumed` fields (such as
    /// `since` on `stream`), which the command handled itself. A `field=NAME` filter whose
    /// name exists nowhere gets a warning with "did you mean" (see `warnAboutUnknownNames`).
    func filtered(_ records: [Record], kind: RecordKind, consumed: Set<String> = []) async throws -> [Record] {
        guard let condition = stage.condition else { return records }
        let me = try await meIfNamed(in: condition, kind: kind)
        guard let predicate = try predicate(condition, kind: kind, records: records, consumed: consumed, me: me) else {
            return records
        }
        let kept = records.filter(predicate)
        await warnAboutUnknownNames(condition, kind: kind, records: records, consumed: consumed)
        return kept
    }

    /// The top-level `field=value` filter on `name`, if the stage has one (for pushed-down filters).
    func topLevelFilter(_ name: String) -> Comparison? {
        guard let condition = stage.condition else { return nil }
        let parts: [Condition]
        switch condition {
        case .comparison: parts = [condition]
        case .and(let all): parts = all
        case .or: return nil
        }
        for case .comparison(let comparison) in parts where comparison.field == name { return comparison }
        return nil
    }

    /// A predicate for `condition`; nil when every comparison was consumed.
    func predicate(_ condition: Condition, kind: RecordKind, records: [Record], consumed: Set<String>, me: Value? = nil) throws
        -> (@Sendable (Record) -> Bool)?
    {
        let (known, ordered) = knownFields(kind: kind, records: records)
        return try compile(condition, kind: kind, known: known, ordered: ordered, consumed: consumed, me: me)
    }

    private func compile(_ condition: Condition, kind: RecordKind, known: Set<String>, ordered: [String], consumed: Set<String>,
                         me: Value?) throws -> (@Sendable (Record) -> Bool)? {
        switch condition {
        case .comparison(let comparison):
            if consumed.contains(comparison.field) { return nil }
            let field = comparison.field
            guard known.contains(field) || known.isEmpty else {
                throw Diagnostic.unknownField(field, at: comparison.fieldRange, fields: ordered)
            }
            let type = kind.type(of: field)
            let typed = try value(of: comparison, type: type)
            let rhs = type == .user && comparison.value.kind == .word("me") ? me ?? typed : typed
            let op = comparison.op
            return { record in ValueComparison.holds(record[field] ?? .null, op, rhs) }
        case .and(let parts):
            let compiled = try parts.compactMap { try compile($0, kind: kind, known: known, ordered: ordered, consumed: consumed, me: me) }
            if compiled.isEmpty { return nil }
            return { @Sendable record in compiled.allSatisfy { $0(record) } }
        case .or(let parts):
            let compiled = try parts.compactMap { try compile($0, kind: kind, known: known, ordered: ordered, consumed: consumed, me: me) }
            if compiled.isEmpty { return nil }
            return { @Sendable record in compiled.contains { $0(record) } }
        }
    }

    /// A predicate for `condition` without checking its fields against records (the caller
    /// checks them once every record was read: a streamed source keeps none).
    func uncheckedPredicate(_ condition: Condition, kind: RecordKind) async throws -> (@Sendable (Record) -> Bool)? {
        let me = try await meIfNamed(in: condition, kind: kind)
        return try compile(condition, kind: kind, known: [], ordered: [], consumed: [], me: me)
    }

    /// You as a user value when a user field of `kind` is compared with the bare word `me`.
    private func meIfNamed(in condition: Condition, kind: RecordKind) async throws -> Value? {
        let named = condition.comparisons.contains { kind.type(of: $0.field) == .user && $0.value.kind == .word("me") }
        guard named else { return nil }
        let me = try await context.lookups.me()
        return .user(UserName(login: me.text("login") ?? "", name: me.text("name") ?? ""))
    }

    /// Checks that `name` is a field of the input records, with a "fields are: …" hint otherwise.
    func checkField(_ name: String, at range: SourceRange, kind: RecordKind, records: [Record]) throws {
        let (known, ordered) = knownFields(kind: kind, records: records)
        guard known.contains(name) || known.isEmpty else {
            throw Diagnostic.unknownField(name, at: range, fields: ordered)
        }
    }

    /// The fields the records have: their own names, plus the kind's full list unless a
    /// `select` projected them (then only the selected fields exist).
    func knownFields(kind: RecordKind, records: [Record]) -> (set: Set<String>, ordered: [String]) {
        var ordered = input.data.columns == nil ? kind.fieldNames : []
        var known = Set(ordered)
        for name in records.fieldNames where known.insert(name).inserted { ordered.append(name) }
        return (known, ordered)
    }

    /// The field names in plain arguments from `start`, each checked against the input.
    func fieldArguments(from start: Int = 0, kind: RecordKind, records: [Record]) throws -> [(name: String, range: SourceRange)] {
        try (start..<stage.arguments.count).map { index in
            let name = try text(index)
            try checkField(name, at: stage.arguments[index].range, kind: kind, records: records)
            return (name, stage.arguments[index].range)
        }
    }
}
