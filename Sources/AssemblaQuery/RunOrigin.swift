/// Where source text comes from; decides how diagnostics name the location.
public enum RunOrigin: Sendable, Equatable {
    /// A script file: diagnostics start with `path:line:col`.
    case file(String)
    /// A line typed at the prompt: diagnostics give the column.
    case repl
    /// A statement passed on the command line (`-c`).
    case commandLine
    /// Statements read from standard input.
    case stdin

    var sourceName: String? {
        switch self {
        case .file(let path): return path
        case .repl: return nil
        case .commandLine: return "<command line>"
        case .stdin: return "<stdin>"
        }
    }
}
