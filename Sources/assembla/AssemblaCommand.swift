import ArgumentParser
import AssemblaQuery
import Foundation

/// `assembla`: the REPL on a terminal, a script, `-c` statements or statements on stdin.
@main
struct AssemblaCommand: AsyncParsableCommand {
    /// The version `--version` prints.
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "assembla",
        abstract: "Explore and change Assembla data with pipelines, at a prompt or from scripts.",
        usage: """
            assembla [OPTIONS]                            REPL (when stdin is a terminal)
            assembla [OPTIONS] FILE.asm [ARGS…]           run a script; $1… are ARGS
            assembla [OPTIONS] -c 'STATEMENTS' [ARGS…]    run and exit
            … | assembla [OPTIONS]                        statements from stdin
            """,
        discussion: """
            Credentials: ASSEMBLA_API_KEY and ASSEMBLA_API_SECRET, or ASSEMBLA_TOKEN; server: \
            ASSEMBLA_URL. Without them, $XDG_CONFIG_HOME/assembla/config (default \
            ~/.config/assembla/config) with `key = value` lines: url, api_key, api_secret, token; \
            it must not be readable by group or others (chmod 600). --sandbox needs none.

            Exit codes: 0 success, 1 runtime or API error, 2 usage or parse error.

            Examples:
              assembla --sandbox -c 'space "Big Project" | tickets status=Test | count'
              assembla report.asm "Big Project" > report.txt
              echo 'spaces | select name wiki_name' | assembla --format csv
            """,
        version: "assembla \(version)"
    )

    @Option(help: ArgumentHelp("Assembla server root (overrides ASSEMBLA_URL and the config file).", valueName: "URL"))
    var url: String?

    @Option(help: ArgumentHelp("Result format: table, json, csv, tsv or md.", valueName: "format"))
    var format: OutputFormat = .table

    @Flag(name: .customLong("no-cache"), help: "Fetch everything afresh (no caching of spaces' data).")
    var noCache = false

    @Flag(name: .customLong("no-hints"),
          help: "Keep no hints for the next run (spaces list, list lengths in $XDG_CACHE_HOME/assembla/hints; they only start reads sooner).")
    var noHints = false

    @Flag(help: "Run against a built-in sandbox server with seeded data (no credentials needed).")
    var sandbox = false

    @Flag(name: .shortAndLong, help: "Log each HTTP request (method, path, status, ms) to stderr.")
    var verbose = false

    @Option(help: ArgumentHelp("The longest one statement may take, retries included (default 60, or `timeout` in the config file).",
                               valueName: "seconds"))
    var timeout: Double?

    @Flag(help: "Confirm every write without asking.")
    var yes = false

    @Flag(name: .customLong("dry-run"), help: "Print the writes a statement would send instead of sending them.")
    var dryRun = false

    @Flag(help: "Print each statement, after a prompt, before its result (a transcript; scripts/demo uses it).")
    var echo = false

    @Option(name: .customShort("c"), help: ArgumentHelp("Run these statements and exit.", valueName: "statements"))
    var command: String?

    @Argument(help: ArgumentHelp("A script to run, then its arguments ($1, $2, …).", valueName: "file.asm args"))
    var scriptAndArguments: [String] = []

    /// Parses the arguments and runs; usage errors exit with 2, `--help`/`--version` with 0.
    static func main() async {
        Console.reserveClosedStandardStreams()
        let command: AssemblaCommand
        do {
            let arguments = splitAtScript(Array(CommandLine.arguments.dropFirst()))
            var parsed = try parseAsRoot(arguments)
            guard let ours = parsed as? AssemblaCommand else {
                try parsed.run()   // --help: ArgumentParser's help command, which throws CleanExit
                Foundation.exit(0)
            }
            command = ours
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                Console.standardOutput(message + "\n")
                Foundation.exit(0)
            }
            Console.standardError(message + "\n")
            Foundation.exit(2)
        }
        let status = await command.execute()
        Foundation.exit(status)
    }

    /// The options that take a value (so their value is not mistaken for the script).
    static let optionsWithValues: Set<String> = ["--url", "--format", "-c", "--timeout"]

    /// Options end at the first plain word (the script) or after `-c STATEMENTS`; everything
    /// after that is the script's arguments, even words that start with `-`:
    /// `assembla report.asm -x`, `assembla -c 'tickets updated_at>$1 | count' -7d`.
    static func splitAtScript(_ arguments: [String]) -> [String] {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { return arguments }
            guard argument.hasPrefix("-"), argument != "-" else {
                return Array(arguments[..<index]) + ["--"] + Array(arguments[index...])
            }
            index += optionsWithValues.contains(argument) ? 2 : 1
            if argument == "-c", index < arguments.count {
                return Array(arguments[..<index]) + ["--"] + Array(arguments[index...])
            }
        }
        return arguments
    }

    /// Runs the chosen mode and returns the exit status.
    func execute() async -> Int32 {
        do {
            if let timeout, !(timeout > 0 && timeout <= 86_400) {
                throw ShellError.usage("--timeout must be a number of seconds from 0 to 86400, found \(timeout)")
            }
            let connection = try await Connection.open(options: connectionOptions)
            defer { Task { await connection.close() } }
            let status = await runMode(connection: connection)
            await connection.close()
            return status
        } catch let error as ShellError {
            Console.standardError("assembla: \(error.message)\n")
            return error.exitCode
        } catch {
            Console.standardError("assembla: \(error)\n")
            return 1
        }
    }

    private var connectionOptions: Connection.Options {
        Connection.Options(url: url, useCache: !noCache, useHints: !noHints, sandbox: sandbox, verbose: verbose,
                           environment: ProcessInfo.processInfo.environment)
    }

    private func runMode(connection: Connection) async -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        let interactive = command == nil && scriptAndArguments.isEmpty && isatty(STDIN_FILENO) == 1
        let options = SessionOptions(
            format: format, interactive: interactive, assumeYes: yes, dryRun: dryRun,
            color: Console.useColor(environment: environment),
            arguments: command == nil ? Array(scriptAndArguments.dropFirst()) : scriptAndArguments,
            terminalWidth: Console.terminalWidth(), echo: echo && !interactive,
            timeout: .milliseconds(Int64((timeout ?? Self.configuredTimeout(environment) ?? 60) * 1000)))
        let session = Session(client: connection.client, options: options)
        session.output = { Console.standardOutput($0) }   // a failed write exits 1, never a trap
        TemporaryFiles.removeOnTermination(interrupt: !interactive)
        if interactive {
            return await REPL(session: session, environment: environment, credentials: connection.credentials).run()
        }
        let runner = BatchRunner(session: session)
        if let command {
            return await runner.run(source: command, origin: .commandLine)
        }
        if let path = scriptAndArguments.first {
            return await runner.runFile(path)
        }
        return await runner.runStandardInput()
    }
}

extension AssemblaCommand {
    /// The config file's `timeout`, when the file exists and reads cleanly.
    static func configuredTimeout(_ environment: [String: String]) -> Double? {
        guard let file = try? ConfigFile.load(from: ConfigFile.defaultURL(environment: environment)) else { return nil }
        return file.values["timeout"].flatMap(Double.init)
    }
}

extension OutputFormat: ExpressibleByArgument {
    /// Every format's name, for `--help`.
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
