import Foundation

/// Everything a command needs while one statement runs.
struct StatementContext: Sendable {
    let backend: any QueryBackend
    let lookups: Lookups
    let state: Environment
    let options: SessionOptions
    /// The moment the statement started: `now`, `today` and `-7d` are relative to it.
    let now: Date
    /// Asks the person to confirm a write (interactive sessions only).
    let confirm: @Sendable (String) async -> Bool
    /// Prints a line immediately (dry-run requests, progress of writes).
    let print: @Sendable (String) -> Void
}
