import AssemblaSandbox
import Foundation
import Testing

extension EndToEnd {
    /// Issue 10: inputs that crashed the built binary (SIGILL, SIGSEGV) or gave a silent wrong
    /// answer. Each runs the real binary against its embedded sandbox.
    @Suite("bad input never crashes")
    struct BadInputTests {
        @Test("numbers that cannot be a count, ticket number, permission or date are usage errors with a caret (exit 2)",
              arguments: [
                  ("spaces | first 9223372036854775808", "`first` needs a whole number"),
                  ("spaces | first 1e30", "`first` needs a whole number from 0 to 9223372036854775807, found `1e30`"),
                  ("spaces | last inf", "`last` needs a whole number"),
                  ("spaces | first -1", "`first` needs a whole number"),
                  ("space \"Big Project\" | ticket NaN", "`ticket` needs a whole number from 1 to 2147483647, found `NaN`"),
                  ("space \"Big Project\" | ticket 99999999999999999999", "`ticket` needs a whole number"),
                  ("space \"Big Project\" | ticket inf", "`ticket` needs a whole number"),
                  ("space \"Big Project\" | ticket abc", "`ticket` needs a whole number, found `abc`"),
                  ("space \"Big Project\" | tool Tickets | set team_permissions=1e30", "team_permissions needs a whole number from 0 to 2"),
                  ("space \"Big Project\" | tool Tickets | set team_permissions=NaN", "`NaN` is not a number, which `team_permissions` needs"),
                  ("space \"Big Project\" | tool Tickets | set team_permissions=inf", "`inf` is not a number, which `team_permissions` needs"),
                  ("log hours=1 space=\"Big Project\" ticket=1e30", "ticket= needs a whole number from 1 to"),
                  ("tasks since=-999999999999999999d", "the time `-999999999999999999d` is outside the years 0001–9999"),
                  ("tasks since=-99999999999d", "the time `-99999999999d` is outside the years 0001–9999"),
                  ("stream since=+999999999999999w", "the time `+999999999999999w` is outside the years 0001–9999"),
                  ("log hours=inf space=\"Big Project\"", "`inf` is not a number, which `hours` needs"),
                  ("log hours=1e308 space=\"Big Project\"", "hours needs a number from 0 to"),
                  ("log hours=80000000 space=\"Big Project\"", "the start of the logged time (now minus hours) is outside the years 0001–9999"),
                  ("space \"Big Project\" | create milestone title=x due_date=+9999999999999999w", "is outside the years 0001–9999"),
                  ("tasks since=-3000000w", "the time `-3000000w` is outside the years 0001–9999"),
                  ("tasks since=-500000w", "the time is outside the years 0001–9999"),
              ])
        func numbersOutOfRange(statement: String, message: String) async throws {
            let result = try await Shell().run(["--sandbox", "--dry-run", "-c", statement])
            #expect(result.status == 2, "\(statement)\n\(result)")
            #expect(result.stderr.contains(message), "\(statement)\n\(result)")
            #expect(result.stderr.contains("^"), "no caret: \(result)")
        }

        @Test("11,000 nested parentheses are a parse error at the 101st, not a stack overflow; 100 still work")
        func deepNesting() async throws {
            let deep = "spaces | where " + String(repeating: "(", count: 11_000) + "name=x" + String(repeating: ")", count: 11_000)
            let result = try await Shell().run(["--sandbox", "-c", deep])
            #expect(result.status == 2, "\(result.status) \(result.stderr.prefix(500))")
            #expect(result.stderr.contains("parentheses nest more than 100 deep"), "\(result.stderr.prefix(500))")
            let fine = "spaces | where " + String(repeating: "(", count: 100) + "name=\"Mobile App\"" + String(repeating: ")", count: 100) + " | count"
            let ok = try await Shell().run(["--sandbox", "-c", fine])
            #expect(ok.status == 0, "\(ok)")
            #expect(ok.stdout == "1\n", "\(ok)")
        }

        /// Runs `assembla ARGUMENTS` through bash with `redirections` (`> /dev/full`, `>&-`).
        static func redirected(_ redirections: String, _ arguments: [String], pipefail: Bool = false) async throws -> ShellResult {
            let shell = try Shell()
            let script = (pipefail ? "set -o pipefail; " : "") + "\"$0\" \"$@\" " + redirections
            return try await ShellRun.run(URL(fileURLWithPath: "/bin/bash"), ["-c", script, PackagePaths.binary("assembla").path] + arguments,
                                          environment: shell.environment(), directory: shell.home.work)
        }

        @Test("stdout on a full disk: exit 1 with one line on stderr, no `try!` trap", arguments: ["> /dev/full", ">&-"])
        func standardOutputFails(redirection: String) async throws {
            let result = try await Self.redirected(redirection, ["--sandbox", "-c", "spaces"])
            #expect(result.status == 1, "\(result)")
            #expect(result.stderr.contains("assembla: cannot write to standard output"), "\(result)")
            #expect(!result.stderr.contains("Fatal error"), "\(result)")
        }

        @Test("an error reported to a full stderr: exit 1, not a trap")
        func standardErrorFails() async throws {
            let result = try await Self.redirected("2> /dev/full", ["--sandbox", "-c", "frobnicate"])
            #expect(result.status == 1, "\(result)")
            let closed = try await Self.redirected("2>&-", ["--sandbox", "-c", "frobnicate"])
            #expect(closed.status == 1, "\(closed)")
        }

        @Test("a reader that went away ends the writer by SIGPIPE (141), as any Unix filter")
        func closedPipe() async throws {
            let result = try await Self.redirected("| true", ["--sandbox", "-c", "spaces"], pipefail: true)
            #expect(result.status == 141, "\(result)")
            #expect(result.stderr.isEmpty, "\(result)")
        }

        @Test("ASSEMBLA_URL=http://[::1]:PORT reaches a sandbox on the IPv6 loopback (was URL error -1000)")
        func ipv6URL() async throws {
            var configuration = SandboxConfiguration()
            configuration.host = "::1"
            try await Sandboxes.with(configuration) { sandbox in
                #expect(sandbox.baseURL.absoluteString.hasPrefix("http://[::1]:"))
                let result = try await Shell(sandbox: sandbox).run(["-c", "spaces | count"])
                #expect(result.status == 0, "\(result)")
                #expect(result.stdout == "4\n", "\(result)")
            }
        }

        @Test("a server slower than --timeout: exit 1 naming the request that hung, well before 4 × 30 s")
        func statementTimeout() async throws {
            try await Sandboxes.with(latency: .seconds(5)) { sandbox in
                let result = try await Shell(sandbox: sandbox).run(["--timeout", "0.5", "-c", "spaces | count"])
                #expect(result.status == 1, "\(result)")
                #expect(result.stderr.contains("the statement timed out after 0.5 s, waiting for GET /v1/spaces"), "\(result)")
                #expect(result.stderr.contains("^"), "\(result)")
            }
        }

        @Test("`timeout` in the config file sets the deadline; a bad value is a config error with the line")
        func configTimeout() async throws {
            try await Sandboxes.with(latency: .seconds(5)) { sandbox in
                let shell = try Shell(sandbox: sandbox)
                try shell.home.writeConfig("timeout = 0.5\n", mode: 0o600)
                let result = try await shell.run(["-c", "spaces | count"])
                #expect(result.status == 1, "\(result)")
                #expect(result.stderr.contains("timed out after 0.5 s, waiting for GET /v1/spaces"), "\(result)")
                try shell.home.writeConfig("# settings\ntimeout = soon\n", mode: 0o600)
                let bad = try await Shell(home: shell.home).run(["-c", "me"])
                #expect(bad.status == 2, "\(bad)")
                #expect(bad.stderr.contains("\(shell.home.configFile.path):2: timeout must be a number of seconds"), "\(bad)")
            }
        }
    }
}
