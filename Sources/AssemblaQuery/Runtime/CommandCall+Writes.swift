import Assembla

/// Shared steps of the write commands: assignments, confirmation, sending, reporting.
extension CommandCall {
    /// The stage's `field=value` assignments as API fields, values resolved and, for a `kind`,
    /// read as its fields' types by the same step filters use (`due_date=$1`, `priority=high`;
    /// `RecordKind.assignmentType(of:)`).
    func assignments(required: Bool = true, kind: RecordKind? = nil) throws -> [(field: Field, range: SourceRange)] {
        guard let condition = stage.condition else {
            if required { throw usageError("`\(command.name)` needs `field=value` assignments") }
            return []
        }
        guard let assignments = condition.assignments else {
            throw usageError("`\(command.name)` takes assignments `field=value`, not comparisons or `or`",
                             at: condition.comparisons.first?.range)
        }
        return try assignments.map { assignment in
            let resolved = try kind.map { try value(of: assignment, type: $0.assignmentType(of: assignment.field)) } ?? value(of: assignment.value)
            return (Field(name: assignment.field, value: resolved), assignment.range)
        }
    }

    /// The assignments, each checked against the fields `write` may set on a `kind` (the field
    /// schema's; tickets are checked by `TicketChanges`, which also knows custom fields).
    func checkedAssignments(for kind: RecordKind, on write: WriteOperation) throws -> [(field: Field, range: SourceRange)] {
        let assignments = try assignments(kind: kind)
        if kind != .ticket {
            let writable = kind.writableFields(on: write)
            for (field, range) in assignments where !writable.contains(field.name) {
                throw Diagnostic.unknownField(field.name, at: range, fields: writable)
            }
        }
        return try Self.checkedPermissions(assignments, usage: command.usage)
    }

    /// `*_permissions` values as whole numbers 0…2 (none, view, edit), checked where written.
    private static func checkedPermissions(_ assignments: [(field: Field, range: SourceRange)],
                                   usage: String) throws(Diagnostic) -> [(field: Field, range: SourceRange)] {
        var result: [(field: Field, range: SourceRange)] = []
        for (field, range) in assignments {
            guard field.name.hasSuffix("_permissions") else { result.append((field, range)); continue }
            let level = try NumberConversion.integer(field.value, in: 0...2, what: field.name, at: range, usage: usage)
            result.append((Field(name: field.name, value: .int(level)), range))
        }
        return result
    }


    /// Asks before a write when it is risky (several records, or a delete) and confirmation is on.
    /// - Throws: a runtime diagnostic when refused (not interactive) or declined.
    func authorize(_ summary: String, preview: [String], risky: Bool) async throws {
        let options = context.options
        guard risky, context.state.confirmsWrites, !options.assumeYes, !options.dryRun else { return }
        guard options.interactive else { throw Diagnostic.refused(summary, at: stage.range) }
        for line in preview.prefix(20) { context.print("  " + line) }
        if preview.count > 20 { context.print("  … and \(preview.count - 20) more") }
        guard await context.confirm("\(summary)?") else { throw Diagnostic.declined(summary, at: stage.range) }
    }

    /// Sends the writes one by one, or in a dry run prepares them (the reads they need run,
    /// so names are resolved for real) and sends none.
    func send(_ requests: [WriteRequest]) async throws -> WriteOutcome {
        if context.options.dryRun {
            var planned: [PlannedWrite] = []
            for request in requests { planned.append(try await context.backend.prepare(request).request) }
            return .planned(planned)
        }
        var answers: [Record?] = []
        for request in requests { answers.append(try await context.backend.prepare(request).send()) }
        return .sent(answers)
    }

    /// "updated 12 tickets", or in a dry run "dry run: would update 12 tickets" and the requests.
    func report(_ verb: String, _ count: Int, _ kind: RecordKind, _ outcome: WriteOutcome) -> PipelineValue {
        let noun = count == 1 ? kind.rawValue : kind.plural
        return result(outcome, wouldDo: "\(verb) \(count) \(noun)", done: "\(Self.pastTense(verb)) \(count) \(noun)")
    }

    /// The statement's result: `done` once sent; in a dry run `dry run: would SUMMARY` followed
    /// by one line per request not sent (method, path, JSON body; never credentials).
    func result(_ outcome: WriteOutcome, wouldDo summary: String, done: @autoclosure () -> String) -> PipelineValue {
        guard case .planned(let planned) = outcome else { return output(.message(done())) }
        return output(.message((["dry run: would \(summary)"] + planned.map { "  \($0)" }).joined(separator: "\n")))
    }

    /// "update" → "updated", "add" → "added".
    static func pastTense(_ verb: String) -> String {
        verb.hasSuffix("e") ? verb + "d" : verb + "ed"
    }

    /// One line describing a record for previews: `#301 Login fails`, `space "Big Project"`.
    func describe(_ record: Record, _ kind: RecordKind) -> String {
        switch kind {
        case .ticket: return "ticket #\(record.text("number") ?? "?") \(record.text("summary") ?? "")"
        case .space: return "space \"\(record.text("name") ?? "")\""
        case .milestone: return "milestone \"\(record.text("title") ?? "")\""
        case .task: return "task \(record.text("id") ?? "") (\(record.text("hours") ?? "?") h, \(record.text("description") ?? ""))"
        default: return "\(kind.rawValue) \(record.text("name") ?? record.text("id") ?? "")"
        }
    }
}
