import Assembla

/// Compiles a checked pipeline into a `Plan`: finds each source stage, decides what it can
/// take to the server (filters, order, limit, time window), whether a following `count`
/// folds into reading, and which lookups the rest of the statement really reads.
struct Planner {
    /// Whether filters, sorts and limits may go to the server (the test switch turns it off).
    let pushdown: Bool
    /// The format the result is printed in when the statement does not choose one.
    let defaultFormat: OutputFormat

    /// The plan of `pipeline`; `redirect` and `binding` decide what the output reads.
    func plan(_ pipeline: Pipeline, redirect: Redirect? = nil, binding: Bool = false) -> Plan {
        let stages = pipeline.stages
        let format = Self.format(of: pipeline, redirect: redirect, default: defaultFormat)
        var steps: [PlanStep] = []
        var kind: RecordKind?
        var index = 0
        while index < stages.count {
            let stage = stages[index]
            let output = Self.outputKind(of: stage, input: kind)
            var step = PlanStep(stage: stage, role: .local, inputKind: kind, outputKind: output)
            if let name = stage.commandName, CommandRegistry.command(named: name)?.topic == .source, let output {
                var source = sourcePlan(name, kind: output, at: index, in: stages, format: format, binding: binding)
                if source.countsOnly {
                    step.role = .source(source)
                    steps.append(step)
                    steps.append(PlanStep(stage: stages[index + 1], role: .folded, inputKind: output, outputKind: nil))
                    kind = nil
                    index += 2
                    continue
                }
                source.lookups = source.lookups.union(Self.pushdownLookups(source))
                step.role = .source(source)
            }
            steps.append(step)
            kind = output
            index += 1
        }
        return Plan(steps: steps, format: format, pushdown: pushdown, earlyStart: Self.earlyStart(steps))
    }

    /// `space NAME | SOURCE …`: SOURCE only reads, and needs nothing of the `space` stage
    /// but the space, so it can start on a remembered one while the live list is read.
    private static func earlyStart(_ steps: [PlanStep]) -> Int? {
        guard steps.count >= 2, steps[0].source != nil, steps[0].stage.commandName == "space",
              steps[0].stage.arguments.count == 1, steps[1].source != nil,
              !["space", "spaces"].contains(steps[1].stage.commandName ?? "")
        else { return nil }
        return 1
    }

    private func sourcePlan(_ name: String, kind: RecordKind, at index: Int, in stages: [Stage], format: OutputFormat,
                            binding: Bool) -> SourcePlan {
        let stage = stages[index]
        let rest = stages[(index + 1)...]
        var demand = FieldDemand.after(rest, kind: kind, format: format, binding: binding)
        if case .fields(let names) = demand {
            demand = .fields(names.union(stage.condition?.comparisons.map(\.field) ?? []))
        }
        var plan = SourcePlan(kind: kind, access: .list, demand: demand, lookups: demand.lookups(for: kind))
        switch name {
        case "tickets":
            var pushed = pushdown ? TicketPushdown.from(stage.condition) : TicketPushdown()
            let next = rest.first
            if next?.commandName == "count", next?.arguments.isEmpty == true, next?.condition == nil {
                plan.countsOnly = true
            } else if pushdown, let (limit, sort) = Self.limit(after: rest) {
                plan.limit = limit
                if let sort {
                    pushed.sortBy = sort.field
                    pushed.descending = sort.descending
                }
            }
            if stages[..<index].contains(where: { $0.commandName == "milestone" }) { pushed.milestoneTitle = nil }
            plan.access = .ticketList(pushed)
        case "ticket":
            plan.access = stage.condition == nil && stage.arguments.count == 1 ? .ticketGet : .ticketList(TicketPushdown())
        case "stream":
            plan.access = .stream
        case "tasks":
            plan.access = .tasks
        default:
            plan.access = .list
        }
        return plan
    }

    /// `first N`, or `sort FIELD [asc|desc] | first N` on a field the server sorts the same way.
    private static func limit(after rest: ArraySlice<Stage>) -> (Int, (field: String, descending: Bool)?)? {
        guard let next = rest.first, next.condition == nil else { return nil }
        if next.commandName == "first" { return firstCount(next).map { ($0, nil) } }
        guard next.commandName == "sort", let after = rest.dropFirst().first, after.commandName == "first",
              let count = firstCount(after) else { return nil }
        let words = next.arguments.compactMap(\.nameText)
        guard words.count == next.arguments.count, let field = words.first, TicketFilter.memorySortable.contains(field),
              words.count == 1 || (words.count == 2 && (words[1] == "asc" || words[1] == "desc")) else { return nil }
        return (count, (field, words.count == 2 && words[1] == "desc"))
    }

    private static func firstCount(_ stage: Stage) -> Int? {
        guard stage.condition == nil else { return nil }
        if stage.arguments.isEmpty { return 1 }
        guard stage.arguments.count == 1, case .literal(.int(let count)) = stage.arguments[0].kind, count >= 0 else { return nil }
        return count
    }

    /// Lookups that pushed filters need before reading (a milestone title becomes an id).
    private static func pushdownLookups(_ plan: SourcePlan) -> Set<Lookup> {
        if case .ticketList(let pushed) = plan.access, pushed.milestoneTitle != nil { return [.milestones] }
        return []
    }

    /// The record kind a stage passes on, given the kind flowing in.
    static func outputKind(of stage: Stage, input: RecordKind?) -> RecordKind? {
        stage.commandName.flatMap { outputKind(ofCommand: $0, input: input) }
    }

    /// The record kind the command `name` passes on, given the kind flowing in.
    static func outputKind(ofCommand name: String, input: RecordKind?) -> RecordKind? {
        switch name.lowercased() {
        case "where", "sort", "select", "first", "last", "uniq": return input
        case "me": return .user
        case "group": return input == nil ? nil : .group
        default:
            guard CommandRegistry.command(named: name)?.topic == .source else { return nil }
            return RecordKind.named(name)
        }
    }

    /// The output format: the last output stage's, a redirect's file extension, or the default.
    static func format(of pipeline: Pipeline, redirect: Redirect?, default format: OutputFormat) -> OutputFormat {
        for stage in pipeline.stages.reversed() {
            switch stage.commandName {
            case "json": return .json
            case "csv": return .csv
            case "tsv": return .tsv
            case "md": return .md
            case "table": return .table
            default: continue
            }
        }
        if let redirect, let inferred = OutputFormat.inferred(fromPath: redirect.path) { return inferred }
        return format
    }
}
