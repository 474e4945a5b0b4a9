import Assembla

/// What a `tickets` stage takes to the server: `report` for `state=`, `number[]` for
/// `number=`, `sort_by`/`sort_order` for a following `sort … | first N`, and the milestone
/// path for `milestone=TITLE` (the title is resolved once the space's milestones are read).
/// The stage's filters still run locally: the server only narrows what is read.
struct TicketPushdown: Sendable, Equatable {
    /// `report`: 1 (open) for `state=1`, 4 (closed) for `state=0`; nil: 0, every ticket.
    var report: Int?
    var numbers: [Int] = []
    /// `sort_by`: one of `TicketFilter.memorySortable` (the server orders them as the local sort does).
    var sortBy: String?
    var descending = false
    /// `milestone=TITLE`: read `…/tickets/milestone/:id` when exactly one milestone has that title.
    var milestoneTitle: Value?
    /// The filters sent to the server, as written (for `explain`).
    var pushedFilters: [String] = []

    /// The library's filter: only its server-side parts (the stage's filters run locally).
    var filter: TicketFilter {
        TicketFilter(report: report, numbers: numbers.isEmpty ? nil : numbers, sortBy: sortBy, sortDescending: descending)
    }

    /// Whether the server is asked for every ticket in its default order (nothing pushed).
    var isEmpty: Bool { report == nil && numbers.isEmpty && sortBy == nil && milestoneTitle == nil }

    /// The pushdown for a stage's condition: only top-level `and` parts with literal values.
    static func from(_ condition: Condition?) -> TicketPushdown {
        var pushdown = TicketPushdown()
        guard let condition else { return pushdown }
        let parts: [Condition]
        if case .and(let all) = condition { parts = all } else { parts = [condition] }
        for part in parts {
            if let numbers = numbers(in: part), pushdown.numbers.isEmpty {
                pushdown.numbers = numbers
                pushdown.pushedFilters.append(numbers.map { "number=\($0)" }.joined(separator: " or "))
                continue
            }
            guard case .comparison(let comparison) = part, comparison.op == .equal,
                  case .literal(let value) = comparison.value.literalOrWord else { continue }
            switch comparison.field {
            case "state" where value == .int(1) || value == .int(0):
                pushdown.report = value == .int(1) ? 1 : 4
                pushdown.pushedFilters.append("state=\(value.plainText)")
            case "milestone" where value.isText && pushdown.milestoneTitle == nil:
                pushdown.milestoneTitle = value
                pushdown.pushedFilters.append("milestone=\"\(value.plainText)\"")
            default:
                continue
            }
        }
        return pushdown
    }

    /// `number=N` or `number=N or number=M …` as the numbers.
    private static func numbers(in condition: Condition) -> [Int]? {
        switch condition {
        case .comparison(let comparison):
            guard comparison.field == "number", comparison.op == .equal,
                  case .literal(.int(let number)) = comparison.value.literalOrWord else { return nil }
            return [number]
        case .or(let parts):
            var all: [Int] = []
            for part in parts {
                guard let numbers = numbers(in: part) else { return nil }
                all += numbers
            }
            return all
        case .and:
            return nil
        }
    }
}

extension Expression.Kind {
    /// A literal, or a bare word as the string it means; nil for variables and times.
    var literalOrWord: Expression.Kind? {
        switch self {
        case .literal: return self
        case .word(let text): return .literal(.string(text))
        case .variable, .time, .template: return nil
        }
    }
}

extension Expression {
    /// A literal, or a bare word as the string it means; nil for variables and times.
    var literalOrWord: Expression.Kind? { kind.literalOrWord }
}
