/// A failure of the line editor or its history file, rendered as one line.
public struct LineEditingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, with the file or call involved.
    public let message: String

    /// Creates an error with a one-line message.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
