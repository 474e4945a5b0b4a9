/// The outcome of `Session.run`.
public enum RunResult: Sendable, Equatable {
    /// Every statement ran.
    case ok
    /// A statement failed (or the source did not parse); later statements did not run.
    case failed(RunFailure)
}
