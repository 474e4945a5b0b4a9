/// A sandbox failure (e.g. the port cannot be bound), rendered as one line.
public struct SandboxError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, with the address involved.
    public let message: String

    /// Creates an error with its one-line message.
    public init(message: String) { self.message = message }

    /// The one-line message.
    public var description: String { "sandbox: \(message)" }
}
