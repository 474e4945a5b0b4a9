/// Filters: checking field names against the records and applying a condition.
extension CommandCall {
    /// The stage's filters applied to `records`, leaving out `consumed` fields (such as
    /// `since` on `stream`), which the command handled itself.
    func filtered(_ records: [Record], kind: RecordKind, consumed: Set<String> = []) throws -> [Record] {
        guard let condition = stage.condition else { return records }
        guard let predicate = try predicate(condition, kind: kind, records: records, consumed: consumed) else { return records }
        return records.filter(predicate)
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
    func predicate(_ condition: Condition, kind: RecordKind, records: [Record], consumed: Set<String>) throws
        -> (@Sendable (Record) -> Bool)?
    {
        let (known, ordered) = knownFields(kind: kind, records: records)
        return try compile(condition, known: known, ordered: ordered, consumed: consumed)
    }

    /// A predicate for `condition` without checking its fields against records (the caller
    /// checks them once all records were read).
    func uncheckedPredicate(_ condition: Condition) throws -> (@Sendable (Record) -> Bool)? {
        try compile(condition, known: [], ordered: [], consumed: [])
    }

    private func compile(_ condition: Condition, known: Set<String>, ordered: [String], consumed: Set<String>) throws
        -> (@Sendable (Record) -> Bool)?
    {
        switch condition {
        case .comparison(let comparison):
            if consumed.contains(comparison.field) { return nil }
            let field = comparison.field
            guard known.contains(field) || known.isEmpty else {
                throw Diagnostic.unknownField(field, at: comparison.fieldRange, fields: ordered)
            }
            let rhs = try value(of: comparison.value)
            let op = comparison.op
            let hint = ordered.firstIndex(of: field) ?? 0
            return { record in ValueComparison.holds(record.value(field, hint: hint) ?? .null, op, rhs) }
        case .and(let parts):
            let compiled = try parts.compactMap { try compile($0, known: known, ordered: ordered, consumed: consumed) }
            if compiled.isEmpty { return nil }
            return { @Sendable record in compiled.allSatisfy { $0(record) } }
        case .or(let parts):
            let compiled = try parts.compactMap { try compile($0, known: known, ordered: ordered, consumed: consumed) }
            if compiled.isEmpty { return nil }
            return { @Sendable record in compiled.contains { $0(record) } }
        }
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
        for record in records {
            for name in record.names where known.insert(name).inserted { ordered.append(name) }
        }
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
