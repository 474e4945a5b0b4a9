import Assembla
import Foundation

/// Prints a `Plan` for `explain`: per stage, whether it reads from Assembla or runs locally;
/// for a source its requests, pages, what goes to the server, what runs locally, its lookups
/// and what the cache holds. Sends nothing: a space not in the cache shows as `:space`.
struct PlanExplainer {
    /// Where the plan would read from (asked only what it holds and how it would ask).
    let source: any PagedTicketSource
    /// The text of a stage or filter as written.
    let text: @Sendable (SourceRange) -> String
    /// The stage the evaluator would start early and the space it would start it on
    /// (`Evaluator.earlyInput`), if any.
    var early: (index: Int, space: Record)?

    /// The plan as lines of text.
    func render(_ plan: Plan) async -> String {
        var lines: [String] = []
        let heldSpaces = await source.heldSpaces()
        var scope: Record?
        var milestoneScope = false
        for (index, step) in plan.steps.enumerated() {
            lines.append("\(index + 1) \(text(step.stage.range))")
            switch step.role {
            case .local:
                lines.append(detail("local", "runs on the records read before"))
            case .folded:
                lines.append(detail("local", "folded into the source: counted as pages arrive, no record kept"))
            case .source(let source):
                lines += await describe(step.stage, source, heldSpaces: heldSpaces, milestoneScope: milestoneScope,
                                        early: index == 0 ? early : nil, scope: &scope)
            }
            if step.stage.commandName == "milestone" { milestoneScope = true }
        }
        if !plan.pushdown { lines.append("pushdown off: every list is read whole and filtered locally") }
        lines.append("output \(plan.steps.last.map { if case .folded = $0.role { "a number" } else { plan.format.rawValue } } ?? plan.format.rawValue)")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func range(of condition: Condition) -> SourceRange {
        let ranges = condition.comparisons.map(\.range)
        guard let first = ranges.first else { return SourceRange(0, 0) }
        return ranges.dropFirst().reduce(first) { $0.union($1) }
    }

    private func detail(_ label: String, _ text: String) -> String {
        "    " + label.padding(toLength: 9, withPad: " ", startingAt: 0) + text
    }

    private func describe(_ stage: Stage, _ plan: SourcePlan, heldSpaces: [Record]?, milestoneScope: Bool,
                          early: (index: Int, space: Record)?, scope: inout Record?) async -> [String] {
        let name = stage.commandName ?? ""
        var lines: [String] = []
        switch plan.access {
        case .ticketList(let pushed):
            lines.append(detail("source", "tickets of each space in scope"))
            let milestone = pushed.milestoneTitle != nil || milestoneScope
            var request = source.ticketRequest(space: scope, filter: pushed.filter, milestoneID: milestone ? 0 : nil)
            request = request.removingPercentEncoding ?? request
            if milestone { request = request.replacingOccurrences(of: "/milestone/0", with: "/milestone/:milestone") }
            lines.append(detail("request", request))
            lines.append(detail("pages", pages(plan, pushed)))
            lines.append(detail("server", server(pushed)))
            lines.append(detail("local", stage.condition.map { "filters " + text(Self.range(of: $0)) } ?? "none"))
            lines.append(detail("lookups", lookups(plan, whole: pushed.milestoneTitle == nil ? [] : [.milestones])))
            if let scope {
                let held = await source.holdsTickets(space: scope)
                lines.append(detail("cache", "tickets of \"\(scope.text("name") ?? "")\": \(held ? "held, no request" : "not held")"))
            }
        case .ticketGet:
            let number = stage.arguments.first.map { text($0.range).trimmingPrefix("#") } ?? ""
            lines.append(detail("source", "one ticket by number"))
            lines.append(detail("request", "GET /v1/spaces/\(scope?.text("id") ?? ":space")/tickets/\(number)"))
            lines.append(detail("lookups", lookups(plan)))
        case .stream, .tasks:
            let path = plan.access == .stream ? "/v1/activity" : "/v1/tasks"
            let window = [("from", "since"), ("to", "until")].compactMap { parameter, field in
                stage.condition?.comparisons.first { $0.field == field }.map { "\(parameter)={\(text($0.value.range))}" }
            }
            lines.append(detail("source", name == "stream" ? "activity events" : "time entries"))
            lines.append(detail("request", "GET " + path + (window.isEmpty ? "" : "?" + window.joined(separator: "&"))))
            lines.append(detail("pages", "all"))
            lines.append(detail("server", window.isEmpty ? "nothing" : "time window " + window.joined(separator: " ")))
            lines.append(detail("lookups", lookups(plan)))
        case .list:
            if name == "space" || name == "spaces" {
                lines.append(detail("source", name == "space" ? "the spaces list, then one picked by name" : "the spaces list"))
                lines.append(detail("request", "GET /v1/spaces"))
                lines.append(detail("cache", "spaces: \(heldSpaces == nil ? "not held" : "held, no request")"))
                if name == "space", let heldSpaces, let word = stage.arguments.first?.nameText,
                   case .found(let space) = heldSpaces.match(word, keys: ["name", "wiki_name", "id"]) {
                    scope = space
                } else if let (earlyStart, space) = early {
                    lines.append(detail("early", "stage \(earlyStart + 1) starts with this request, on \"\(space.text("name") ?? "")\" "
                        + "(id \(space.text("id") ?? "")) as an earlier run remembered it; kept only if the live record is the same"))
                    scope = space
                }
            } else {
                lines.append(detail("source", "\(plan.kind.plural) (one list per space in scope, cached)"))
                lines.append(detail("lookups", lookups(plan)))
            }
        }
        return lines
    }

    private func pages(_ plan: SourcePlan, _ pushed: TicketPushdown) -> String {
        if let limit = plan.limit {
            let ties = pushed.sortBy == nil ? "" : " (and every tie of the sort key)"
            return "one at a time, until \(limit) record\(limit == 1 ? "" : "s") passed\(ties)"
        }
        let ahead = source.concurrency
        if plan.countsOnly { return "all, read ahead in batches of up to \(ahead); counted as they arrive, none kept" }
        return "all, read ahead in batches of up to \(ahead)"
    }

    private func server(_ pushed: TicketPushdown) -> String {
        var parts = pushed.pushedFilters
        if let sortBy = pushed.sortBy { parts.append("sort \(sortBy) \(pushed.descending ? "desc" : "asc")") }
        return parts.isEmpty ? "nothing (every ticket)" : parts.joined(separator: ", ")
    }

    /// The lookups, each with how far it is read: users and milestones only until the ids the
    /// records reference are found (ids to names), a list that resolves a name (`whole`:
    /// a pushed `milestone=TITLE`) and the spaces list whole.
    private func lookups(_ plan: SourcePlan, whole: Set<Lookup> = []) -> String {
        guard !plan.lookups.isEmpty else { return "none" }
        let parts = plan.lookups.sorted().map { lookup in
            switch lookup {
            case .spaces: lookup.rawValue
            case .users, .milestones: lookup.rawValue + (whole.contains(lookup) ? " (whole list: a name to resolve)" : " (until ids found)")
            }
        }
        return parts.joined(separator: ", ") + "; started with the first page"
    }
}
