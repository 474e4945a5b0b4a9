import Assembla

/// What a statement's writes came to: the API's answers, or — in a dry run — the requests
/// that would have been sent (a result, not an error).
enum WriteOutcome: Sendable {
    /// Sent: one answer per write, the record the API answered with when there was one.
    case sent([Record?])
    /// Dry run: one request per write, none sent.
    case planned([PlannedWrite])

    /// The API's answers (none in a dry run).
    var answers: [Record?] {
        if case .sent(let answers) = self { answers } else { [] }
    }
}
