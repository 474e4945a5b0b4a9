/// Why a run stopped: the exit code and the rendered diagnostic.
public struct RunFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// 2 for parse and usage errors (nothing ran), 1 for runtime and API errors.
    public let exitCode: Int32
    /// `file:line:col: error: message`, the source line, a caret under the range and a hint.
    public let rendered: String

    /// Creates a failure.
    public init(exitCode: Int32, rendered: String) {
        self.exitCode = exitCode
        self.rendered = rendered
    }

    /// The rendered diagnostic.
    public var description: String { rendered }
}
