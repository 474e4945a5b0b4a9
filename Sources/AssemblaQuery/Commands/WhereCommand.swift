/// `where FILTERS`: keeps the records that match.
struct WhereCommand: Command {
    let name = "where"
    let topic = CommandTopic.transform
    let summary = "keep records matching filters"
    let usage = "where FIELD OP VALUE [[and|or] FIELD OP VALUE…]"
    let details = """
        Operators: = != < <= > >= ~ (contains, case-insensitive) !~. Several filters must all hold; \
        `or` and parentheses combine alternatives. Text compares case-insensitively; user fields match \
        a login or a full name; dates accept 2026-01-31, 2026-01-31T10:00, -7d, -24h, -30m, today, yesterday, now.
        """
    let examples = ["tickets | where priority<=2 status!=Fixed", "tasks | where begin_at>-7d and hours>=2",
                    "space \"Big Project\" | tickets | where summary~login or (status=Test assigned_to=jsmith)"]
    let takesFilters = true
    let filtersInput = true

    func run(_ call: CommandCall) async throws -> PipelineValue {
        guard call.stage.condition != nil else { throw call.usageError("`where` needs a filter") }
        switch call.input.data {
        case .groups(let field, let kind, let groups):
            let keep = try await call.filtered(call.input.data.records, kind: .group).compactMap { $0[field] }
            return call.output(.groups(field: field, kind: kind, groups.filter { keep.contains($0.key) }))
        default:
            let (kind, records) = try call.inputRecords()
            return call.output(.records(kind, try await call.filtered(records, kind: kind), columns: call.input.data.columns))
        }
    }
}

extension PipelineData {
    /// The selected columns of record data.
    var columns: [String]? {
        if case .records(_, _, let columns) = self { return columns }
        return nil
    }

    /// The records of record data (empty otherwise).
    var records: [Record] {
        if case .records(_, let records, _) = flattened { return records }
        return []
    }
}
