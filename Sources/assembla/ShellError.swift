/// A failure of the shell itself (arguments, configuration, files), with its exit code.
struct ShellError: Error, Sendable, CustomStringConvertible {
    /// One line (or a short paragraph for configuration help), never containing credentials.
    let message: String
    /// 2 for usage and configuration, 1 for runtime failures.
    let exitCode: Int32

    /// A usage or configuration error (exit code 2).
    static func usage(_ message: String) -> ShellError { ShellError(message: message, exitCode: 2) }

    /// A runtime error (exit code 1).
    static func runtime(_ message: String) -> ShellError { ShellError(message: message, exitCode: 1) }

    var description: String { message }
}
