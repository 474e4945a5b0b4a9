/// One `field OP value` test.
struct Comparison: Sendable, Equatable {
    let field: String
    let fieldRange: SourceRange
    let op: ComparisonOperator
    let value: Expression

    var range: SourceRange { fieldRange.union(value.range) }
}

/// A filter: comparisons combined with AND (juxtaposition or `and`), `or` and parentheses.
indirect enum Condition: Sendable, Equatable {
    case comparison(Comparison)
    case and([Condition])
    case or([Condition])

    /// Every comparison in the condition, in source order.
    var comparisons: [Comparison] {
        switch self {
        case .comparison(let comparison): return [comparison]
        case .and(let parts), .or(let parts): return parts.flatMap(\.comparisons)
        }
    }

    /// The comparisons when the condition is only `a=1 b=2 …` (an AND of `=`), as assignments.
    var assignments: [Comparison]? {
        switch self {
        case .comparison(let comparison): return comparison.op == .equal ? [comparison] : nil
        case .and(let parts):
            let all = parts.map(\.assignments)
            return all.contains { $0 == nil } ? nil : all.flatMap { $0! }
        case .or: return nil
        }
    }
}
