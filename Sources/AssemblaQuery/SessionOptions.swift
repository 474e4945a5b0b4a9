import Foundation

/// How a session runs statements and prints their results.
public struct SessionOptions: Sendable, Equatable {
    /// The output format for a statement's result when the statement does not choose one.
    public var format: OutputFormat
    /// True in the REPL: writes that need confirmation ask through `Session.confirm`. When
    /// false such writes are refused (exit code 1) unless `assumeYes` is set or `confirm off` ran.
    public var interactive: Bool
    /// Confirms every write without asking (`--yes`).
    public var assumeYes: Bool
    /// Prints each write request (method, path, body) instead of sending it; reads still run.
    public var dryRun: Bool
    /// Bold table headers (use only when printing to a colour terminal).
    public var color: Bool
    /// Script arguments, `$1`, `$2`, …
    public var arguments: [String]
    /// The terminal's width when printing to a terminal: long table cells are truncated to fit.
    /// nil (the default) never truncates.
    public var terminalWidth: Int?
    /// Prints each statement, after a `assembla> ` prompt (`...> ` on continuation lines),
    /// before its result — a transcript of a script, like `sh -x` (`assembla --echo`).
    public var echo: Bool
    /// Sends filters, sorts and limits to the server where the API allows (the default).
    /// Off, every list is read whole and filtered locally: answers are identical, only the
    /// requests differ. `ASSEMBLA_PUSHDOWN=off` in the environment turns it off (a test switch).
    public var pushdown: Bool
    /// The longest one statement may take, requests and retries included; nil for no limit.
    /// When it passes, the statement fails (exit 1) naming the request still waiting.
    public var timeout: Duration?

    /// Creates options; every parameter has the non-interactive, plain-output default.
    public init(format: OutputFormat = .table, interactive: Bool = false, assumeYes: Bool = false, dryRun: Bool = false,
                color: Bool = false, arguments: [String] = [], terminalWidth: Int? = nil, echo: Bool = false,
                timeout: Duration? = .seconds(60),
                pushdown: Bool = ProcessInfo.processInfo.environment["ASSEMBLA_PUSHDOWN"] != "off") {
        self.timeout = timeout
        self.format = format
        self.interactive = interactive
        self.assumeYes = assumeYes
        self.dryRun = dryRun
        self.color = color
        self.arguments = arguments
        self.terminalWidth = terminalWidth
        self.echo = echo
        self.pushdown = pushdown
    }
}
