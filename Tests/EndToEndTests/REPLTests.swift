import AssemblaSandbox
import Foundation
import Testing

extension EndToEnd {
    /// The REPL in a real terminal (tmux): line editing, completion, history, continuation,
    /// Ctrl-C and Ctrl-D, non-ASCII input. Each test has its own home, sandbox and tmux server.
    @Suite("the REPL in a terminal", .serialized)
    struct REPLTests {
        /// The prompt as capture-pane shows it (trailing spaces are trimmed).
        static let prompt = "assembla>"

        /// Starts a sandbox answering after `latency` and the REPL on it in tmux, waits for the
        /// first prompt, runs `body` (the shell holds the sandbox), and always kills the tmux
        /// server and stops the sandbox.
        /// `stdoutFile` redirects the REPL's standard output to that file in the work directory;
        /// `prepare` runs first with the same home and sandbox (an earlier run).
        static func withREPL(latency: Duration = .zero, home: TestHome? = nil, environment extra: [String: String] = [:],
                             stdoutFile: String? = nil, prepare: (Shell) async throws -> Void = { _ in },
                             _ body: (TmuxSession, Shell) async throws -> Void) async throws {
            try await Sandboxes.with(latency: latency) { sandbox in
                let shell = try Shell(home: home, sandbox: sandbox)
                try await prepare(shell)
                let binary = try PackagePaths.binary("assembla").path
                let command = stdoutFile.map { ["/bin/sh", "-c", "exec \"$0\" > \"$1\"", binary, $0] } ?? [binary]
                let terminal = try TmuxSession(command,
                                               environment: shell.environment(extra), directory: shell.home.work)
                defer { terminal.close() }
                try await terminal.waitFor(text: prompt)
                try await body(terminal, shell)
            }
        }

        /// Types a line and presses Enter.
        static func enter(_ line: String, in terminal: TmuxSession) throws {
            try terminal.type(line)
            try terminal.press("Enter")
        }

        @Test("typing a pipeline shows a table")
        func table() async throws {
            try await Self.withREPL { terminal, _ in
                try Self.enter("spaces | select name wiki_name | sort name", in: terminal)
                let screen = try await terminal.waitFor(text: "website-redesign")
                #expect(screen.contains("Big Project Archive"))
                #expect(screen.contains("name"))
                try await terminal.waitFor(text: Self.prompt, count: 2)
            }
        }

        @Test("Tab completes commands: tic → ticket(s), a second Tab lists both")
        func tabCompletion() async throws {
            try await Self.withREPL { terminal, _ in
                try terminal.type("space \"Big Project\" | tic")
                try terminal.press("Tab")
                try await terminal.waitFor(text: "| ticket")
                try terminal.press("Tab")
                let listed = try await terminal.waitFor(text: "tickets")
                #expect(listed.contains("ticket "))
                try terminal.type("s | so")
                try terminal.press("Tab")
                try await terminal.waitFor(text: "| tickets | sort")
                try terminal.type("number | first 1 | get number")
                try terminal.press("Enter")
                try await terminal.waitFor("the first ticket number") { screen in
                    screen.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == "1" }
                }
            }
        }

        @Test("Tab completes a space name an earlier run saw, at the first prompt, before anything is fetched")
        func rememberedNameCompletion() async throws {
            try await Self.withREPL(prepare: { shell in
                let earlier = try await shell.run(["-c", "spaces | count"])
                #expect(earlier.status == 0, "\(earlier)")
            }) { terminal, shell in
                await shell.sandbox?.resetRequestLog()
                try terminal.type("space \"Mob")
                try terminal.press("Tab")
                try await terminal.waitFor(text: "space \"Mobile App\"")
                #expect(await shell.sandbox?.requests().isEmpty == true, "completing sent nothing")
            }
        }

        @Test("Up recalls the previous line")
        func historyRecall() async throws {
            try await Self.withREPL { terminal, _ in
                try Self.enter("me | get login", in: terminal)
                try await terminal.waitFor(text: "alice")
                try terminal.press("Up")
                try await terminal.waitFor(text: "me | get login", count: 2)
                try terminal.press("Enter")
                try await terminal.waitFor(text: "alice", count: 2)
            }
        }

        @Test("a trailing | continues the statement on the next line")
        func continuation() async throws {
            try await Self.withREPL { terminal, _ in
                try Self.enter("spaces |", in: terminal)
                try await terminal.waitFor(text: "...>")
                try Self.enter("count", in: terminal)
                try await terminal.waitFor("the count") { screen in
                    screen.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == "4" }
                }
            }
        }

        @Test("Ctrl-C drops a half-typed line and the shell goes on")
        func interruptLine() async throws {
            try await Self.withREPL { terminal, shell in
                try terminal.type("spaces | sel")
                try terminal.press("C-c")
                try await terminal.waitFor(text: Self.prompt, count: 2)
                try Self.enter("me | get login", in: terminal)
                let screen = try await terminal.waitFor(text: "alice")
                #expect(!screen.contains("spaces | selme"))
                let requests = await shell.sandbox?.requests() ?? []
                #expect(requests.allSatisfy { $0.path != "/v1/spaces" })
            }
        }

        @Test("Ctrl-C during a slow fetch cancels it and the shell still works")
        func interruptFetch() async throws {
            try await Self.withREPL(latency: .seconds(4)) { terminal, _ in
                let row = try terminal.cursorRow()
                try Self.enter("spaces | select name", in: terminal)
                try await terminal.waitFor("the line to be accepted") { _ in ((try? terminal.cursorRow()) ?? row) > row }
                try terminal.press("C-c")
                try await terminal.waitFor(text: "cancelled")
                try await terminal.waitFor(text: Self.prompt, count: 2)
                try Self.enter("me | get login", in: terminal)
                let screen = try await terminal.waitFor(text: "alice")
                #expect(!screen.contains("Website Redesign"), "the cancelled statement printed its result")
                #expect(!screen.contains("[exited"))
            }
        }

        @Test("non-ASCII input is read and shown intact")
        func nonASCII() async throws {
            try await Self.withREPL { terminal, _ in
                try Self.enter("user \"Carla Díaz\" | get login", in: terminal)
                let screen = try await terminal.waitFor(text: "cdiaz")
                #expect(screen.contains("assembla> user \"Carla Díaz\" | get login"))
            }
        }

        @Test("Ctrl-D exits 0; the history file has the lines, never a secret or a space-led line")
        func historyFile() async throws {
            let home = try TestHome()
            try await Self.withREPL(home: home) { terminal, _ in
                try Self.enter("me | get login", in: terminal)
                try await terminal.waitFor(text: "alice")
                try Self.enter("let token = \"s3cr3t-value\"", in: terminal)
                try Self.enter(" spaces | count", in: terminal)
                try await terminal.waitFor(text: Self.prompt, count: 4)
                try Self.enter("spaces |", in: terminal)
                try Self.enter("count", in: terminal)
                try await terminal.waitFor(text: Self.prompt, count: 5)
                try terminal.press("C-d")
                try await terminal.waitFor(text: "[exited 0]")
            }
            let history = try String(contentsOf: home.historyFile, encoding: .utf8)
            #expect(history == "me | get login\nspaces | count\n", "\(history)")
            #expect(!history.contains("s3cr3t"))
        }

        @Test("a line containing the live API secret (pasted into a filter) is never written to history")
        func credentialValueNotRecorded() async throws {
            let home = try TestHome()
            try await Self.withREPL(home: home) { terminal, shell in
                let secret = try #require(shell.sandbox?.configuration.credentials.secret)
                try Self.enter("spaces name=\(secret) | count", in: terminal)
                try await terminal.waitFor(text: Self.prompt, count: 2)
                try Self.enter("spaces | count", in: terminal)
                try await terminal.waitFor(text: Self.prompt, count: 3)
                try terminal.press("C-d")
                try await terminal.waitFor(text: "[exited 0]")
                let history = try String(contentsOf: home.historyFile, encoding: .utf8)
                #expect(history == "spaces | count\n", "\(history)")
                #expect(!history.contains(secret))
            }
        }

        @Test("history survives a restart: Up recalls a line from the previous session")
        func historyPersists() async throws {
            let home = try TestHome()
            try await Self.withREPL(home: home) { terminal, _ in
                try Self.enter("me | get name", in: terminal)
                try await terminal.waitFor(text: "Alice Admin")
                try Self.enter("exit", in: terminal)
                try await terminal.waitFor(text: "[exited 0]")
            }
            try await Self.withREPL(home: home) { terminal, _ in
                try terminal.press("Up")
                try await terminal.waitFor(text: "assembla> me | get name")
            }
        }

        @Test("colours on a terminal; none with NO_COLOR")
        func colours() async throws {
            for (environment, coloured) in [([String: String](), true), (["NO_COLOR": "1"], false)] {
                try await Self.withREPL(environment: environment) { terminal, _ in
                    try Self.enter("spaces | select name | sort name", in: terminal)
                    try await terminal.waitFor(text: "Website Redesign")
                    let screen = try terminal.screenWithEscapes()
                    #expect(screen.contains("\u{1B}[") == coloured, "NO_COLOR=\(environment["NO_COLOR"] ?? "unset"):\n\(screen)")
                }
            }
        }

        @Test("a bulk write asks y/N at the prompt: no sends nothing, y applies it")
        func confirmation() async throws {
            try await Self.withREPL { terminal, shell in
                let write = "space \"Big Project\" | tickets status=Test | set status=Fixed"
                try Self.enter(write, in: terminal)
                try await terminal.waitFor(text: "[y/N]")
                try Self.enter("n", in: terminal)
                try await terminal.waitFor(text: Self.prompt, count: 2)
                let declined = await shell.sandbox?.requests().filter { $0.method != "GET" } ?? []
                #expect(declined.isEmpty, "a declined write sent \(declined)")
                try Self.enter(write, in: terminal)
                try await terminal.waitFor(text: "[y/N]", count: 2)
                try Self.enter("y", in: terminal)
                try await terminal.waitFor(text: "updated ")
                let accepted = await shell.sandbox?.requests().filter { $0.method == "PUT" } ?? []
                #expect(!accepted.isEmpty)
            }
        }

        @Test("with stdout redirected, prompts stay on the terminal and results go to the file")
        func redirectedOutput() async throws {
            let home = try TestHome()
            try await Self.withREPL(home: home, stdoutFile: "session.txt") { terminal, _ in
                try Self.enter("me | get login", in: terminal)
                try await terminal.waitFor(text: Self.prompt, count: 2)
                try terminal.press("C-d")
                let screen = try await terminal.waitFor(text: "[exited 0]")
                #expect(!screen.contains("alice"))
            }
            let file = try String(contentsOf: home.work.appendingPathComponent("session.txt"), encoding: .utf8)
            #expect(file == "alice\n")
        }

        @Test("resizing the terminal while typing keeps the line intact")
        func resize() async throws {
            try await Self.withREPL { terminal, _ in
                try terminal.type("space \"Big Project\" | tickets status=Test |")
                try await terminal.waitFor(text: "status=Test |")
                try terminal.resize(width: 40, height: 30)
                try terminal.type(" first 3 | count")
                try terminal.press("Enter")
                try await terminal.waitFor("the count of 3") { screen in
                    screen.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == "3" }
                }
            }
        }
    }
}
