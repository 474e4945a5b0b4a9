/// What earlier stages selected: the context that makes a source such as `tickets`
/// mean "tickets of that space, milestone and user".
struct Scope: Sendable, Equatable {
    var spaces: [Record]?
    var milestones: [Record]?
    var users: [Record]?
    var tickets: [Record]?

    /// The scope after a stage produced records of `kind`: selecting spaces starts afresh,
    /// deeper selections narrow the context.
    func narrowed(to kind: RecordKind, _ records: [Record]) -> Scope {
        var scope = self
        switch kind {
        case .space: scope = Scope(spaces: records)
        case .milestone: scope.milestones = records; scope.tickets = nil
        case .user: scope.users = records; scope.tickets = nil
        case .ticket: scope.tickets = records
        default: break
        }
        return scope
    }
}

/// What flows between stages.
enum PipelineData: Sendable, Equatable {
    /// Nothing yet (the start of a pipeline).
    case none
    /// Records of one kind, with the columns a `select` chose.
    case records(RecordKind, [Record], columns: [String]?)
    /// Records grouped by a field (`group FIELD`), waiting for an aggregate or shown as key + count.
    case groups(field: String, kind: RecordKind, [(key: Value, members: [Record])])
    /// Bare values (`get`).
    case values([Value])
    /// One value (`count`, `sum`…).
    case scalar(Value)
    /// A message for people.
    case message(String)

    static func == (lhs: PipelineData, rhs: PipelineData) -> Bool {
        switch (lhs, rhs) {
        case (.none, .none): return true
        case let (.records(a, b, c), .records(d, e, f)): return a == d && b == e && c == f
        case let (.groups(a, b, c), .groups(d, e, f)):
            return a == d && b == e && c.count == f.count && zip(c, f).allSatisfy { $0.key == $1.key && $0.members == $1.members }
        case let (.values(a), .values(b)): return a == b
        case let (.scalar(a), .scalar(b)): return a == b
        case let (.message(a), .message(b)): return a == b
        default: return false
        }
    }

    /// Group data as records of key + count; everything else unchanged.
    var flattened: PipelineData {
        guard case .groups(let field, _, let groups) = self else { return self }
        let schema = RecordSchema.shared([field, "count"])
        let records = groups.map { Record(schema: schema, values: [$0.key, .int($0.members.count)]) }
        return .records(.group, records, columns: [field, "count"])
    }

    /// What a statement prints for this data.
    var result: StatementResult {
        switch flattened {
        case .none: return .nothing
        case .records(let kind, let records, let columns): return .records(kind, records, columns: columns)
        case .groups: return .nothing
        case .values(let values): return .values(values)
        case .scalar(let value): return .scalar(value)
        case .message(let text): return .message(text)
        }
    }
}

/// A pipeline's state between stages: the data and the context it was selected in.
struct PipelineValue: Sendable, Equatable {
    var scope = Scope()
    var data = PipelineData.none
    /// A format chosen by a `| json`-style stage.
    var format: OutputFormat?
    /// A file chosen by `save FILE`.
    var save: Redirect?

    /// The data as a value (for `$variable` used inside a filter or argument).
    var asValue: Value {
        switch data.flattened {
        case .none, .groups: return .null
        case .records(_, let records, _): return records.count == 1 ? .record(records[0]) : .list(records.map(Value.record))
        case .values(let values): return values.count == 1 ? values[0] : .list(values)
        case .scalar(let value): return value
        case .message(let text): return .string(text)
        }
    }
}
