/// What one `LineEditor.readLine(prompt:)` produced.
public enum ReadResult: Sendable, Equatable {
    /// A line was entered (without its line break).
    case line(String)
    /// Ctrl-C: the line being typed is dropped.
    case interrupted
    /// Ctrl-D on an empty line, or the end of input.
    case eof
}
