/// A problem found in a script, with the source range it concerns and an optional hint.
///
/// Every diagnostic is built by one of the named constructors in `Diagnostic+Catalogue.swift`,
/// so the wording of each message lives in one place.
struct Diagnostic: Error, Sendable, Equatable {
    /// Which phase found the problem; decides the exit code.
    enum Phase: Sendable, Equatable {
        /// Lexing or parsing: nothing was evaluated (exit code 2).
        case parse
        /// A command used wrongly (unknown command, wrong arguments, unknown field) (exit code 2).
        case usage
        /// Evaluation failed: an API error, a name not found, a refused write (exit code 1).
        case runtime
    }

    /// Which phase found the problem.
    let phase: Phase
    /// One-line message, without location.
    let message: String
    /// Source range the message is about.
    let range: SourceRange
    /// Optional follow-up line ("did you mean `tickets`?").
    let hint: String?

    /// The process exit code for this diagnostic.
    var exitCode: Int32 { phase == .runtime ? 1 : 2 }
}
