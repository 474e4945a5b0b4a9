import AssemblaSandbox
import Foundation
import Testing

extension EndToEnd {
    @Suite("assembla on the command line")
    struct CommandLineTests {
        @Test("--help explains the modes, options and exit codes; exit 0")
        func help() async throws {
            let result = try await Shell().run(["--help"])
            #expect(result.status == 0, "\(result)")
            for text in ["-c", "--format", "--sandbox", "--dry-run", "--yes", "--verbose", "--no-cache", "--url",
                         "ASSEMBLA_API_KEY", "chmod 600", "Exit codes"] {
                #expect(result.stdout.contains(text), "missing \(text) in help:\n\(result.stdout)")
            }
        }

        @Test("--version prints the version; exit 0")
        func version() async throws {
            let result = try await Shell().run(["--version"])
            #expect(result.status == 0)
            #expect(result.stdout.hasPrefix("assembla "))
            #expect(result.stderr.isEmpty)
        }

        @Test("an unknown option is a usage error: exit 2, message on stderr")
        func unknownOption() async throws {
            let result = try await Shell().run(["--frobnicate"])
            #expect(result.status == 2, "\(result)")
            #expect(result.stderr.contains("--frobnicate"))
            #expect(result.stdout.isEmpty)
            let format = try await Shell().run(["--format", "xml", "-c", "me"])
            #expect(format.status == 2, "\(format)")
            #expect(format.stderr.contains("xml"))
        }

        @Test("-c prints the result on stdout and nothing else")
        func commandLine() async throws {
            try await Sandboxes.with { sandbox in
                let result = try await Shell(sandbox: sandbox).run(["-c", "space \"Big Project\" | ticket 201 | get status_name"])
                #expect(result.status == 0, "\(result)")
                #expect(result.stdout == "Test\n")
                #expect(result.stderr.isEmpty)
            }
        }

        @Test("--sandbox needs no credentials and prints nothing extra")
        func builtInSandbox() async throws {
            let result = try await Shell().run(["--sandbox", "-c", "me | get login"])
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout == "alice\n")
            #expect(result.stderr.isEmpty)
        }

        @Test("a script gets its arguments as $1, $2")
        func scriptArguments() async throws {
            try await Sandboxes.with { sandbox in
                let shell = try Shell(sandbox: sandbox)
                let script = try shell.home.writeWorkFile("status.asm", """
                    # the status of one ticket
                    space $1 | ticket $2 | get status_name
                    """)
                let result = try await shell.run([script, "Big Project", "201"])
                #expect(result.status == 0, "\(result)")
                #expect(result.stdout == "Test\n")
            }
        }

        @Test("words after the script are its arguments, even ones that look like options")
        func scriptArgumentsLikeOptions() async throws {
            try await Sandboxes.with { sandbox in
                let shell = try Shell(sandbox: sandbox)
                let script = try shell.home.writeWorkFile("args.asm", "space $1 | ticket $2 | get status_name\n")
                let result = try await shell.run(["--format", "csv", script, "Big Project", "201", "--verbose", "-c"])
                #expect(result.status == 0, "\(result)")
                #expect(result.stdout == "Test\n")
                #expect(result.stderr.isEmpty, "--verbose after the script is the script's, not ours")
            }
        }

        @Test("--no-cache fetches again what a repeated statement would reuse")
        func noCache() async throws {
            try await Sandboxes.with { sandbox in
                let twice = "space \"Big Project\" | tickets | count; space \"Big Project\" | tickets | count"
                let cached = try await Shell(sandbox: sandbox).run(["-c", twice])
                let cachedRequests = await sandbox.requests().count
                await sandbox.resetRequestLog()
                let uncached = try await Shell(sandbox: sandbox).run(["--no-cache", "-c", twice])
                let uncachedRequests = await sandbox.requests().count
                #expect(cached.stdout == "400\n400\n")
                #expect(uncached.stdout == cached.stdout)
                #expect(uncachedRequests > cachedRequests, "\(uncachedRequests) requests without cache, \(cachedRequests) with")
            }
        }

        @Test("statements from standard input when it is not a terminal")
        func standardInput() async throws {
            try await Sandboxes.with { sandbox in
                let result = try await Shell(sandbox: sandbox).run([], input: "me | get login\nspaces | count\n")
                #expect(result.status == 0, "\(result)")
                #expect(result.stdout == "alice\n4\n")
            }
        }

        @Test("a parse error: exit 2, file:line:col and a caret on stderr, nothing runs")
        func parseError() async throws {
            try await Sandboxes.with { sandbox in
                let shell = try Shell(sandbox: sandbox)
                let script = try shell.home.writeWorkFile("bad.asm", "me | get login\nspaces | srot name\n")
                let result = try await shell.run([script])
                #expect(result.status == 2, "\(result)")
                #expect(result.stdout.isEmpty, "a script with a parse error runs nothing")
                #expect(result.stderr.contains("bad.asm:2:10"), "\(result.stderr)")
                #expect(result.stderr.contains("spaces | srot name"))
                #expect(result.stderr.contains("^"))
                #expect(await sandbox.requests().isEmpty)
            }
        }

        @Test("a runtime error: exit 1 at the failing statement, later statements do not run")
        func runtimeError() async throws {
            try await Sandboxes.with { sandbox in
                let shell = try Shell(sandbox: sandbox)
                let script = try shell.home.writeWorkFile("stops.asm", """
                    me | get login
                    space "No Such Space" | tickets
                    spaces | count
                    """)
                let result = try await shell.run([script])
                #expect(result.status == 1, "\(result)")
                #expect(result.stdout == "alice\n")
                #expect(result.stderr.contains("stops.asm:2:"), "\(result.stderr)")
                #expect(result.stderr.contains("No Such Space"))
                #expect(result.stderr.contains("^"))
            }
        }

        @Test("a missing script file is a usage error naming it")
        func missingScript() async throws {
            let result = try await Shell().run(["--sandbox", "nope.asm"])
            #expect(result.status == 2, "\(result)")
            #expect(result.stderr.contains("nope.asm"))
        }

        @Test("--format chooses how results print", arguments: [
            ("table", "name"),
            ("csv", "name\n"),
            ("tsv", "name\n"),
            ("md", "| name"),
            ("json", "["),
        ])
        func formats(format: String, start: String) async throws {
            try await Sandboxes.with { sandbox in
                let result = try await Shell(sandbox: sandbox).run(["--format", format, "-c", "spaces | select name | sort name"])
                #expect(result.status == 0, "\(result)")
                let stdout = result.stdout.replacingOccurrences(of: "\r\n", with: "\n")   // CSV rows end in CRLF
                #expect(stdout.hasPrefix(start), "\(result.stdout)")
                #expect(result.stdout.contains("Big Project Archive"))
                #expect(result.stdout.contains("Website Redesign"))
                if format == "json" {
                    let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: String]]
                    #expect(rows?.map { $0["name"] ?? "" }
                        == ["Big Project", "Big Project Archive", "Mobile App", "Website Redesign"])
                }
                if format == "csv" {
                    #expect(result.stdout == "name\r\nBig Project\r\nBig Project Archive\r\nMobile App\r\nWebsite Redesign\r\n")
                }
            }
        }

        @Test("`> file` writes the result to the file, not stdout")
        func redirect() async throws {
            try await Sandboxes.with { sandbox in
                let shell = try Shell(sandbox: sandbox)
                let result = try await shell.run(["-c", "spaces | select name | sort name > spaces.csv"])
                #expect(result.status == 0, "\(result)")
                #expect(result.stdout.isEmpty)
                let written = try String(contentsOf: shell.home.work.appendingPathComponent("spaces.csv"), encoding: .utf8)
                #expect(written == "name\r\nBig Project\r\nBig Project Archive\r\nMobile App\r\nWebsite Redesign\r\n")
            }
        }

        @Test("no colour escapes when stdout is a pipe, NO_COLOR set or not")
        func noColourToPipe() async throws {
            try await Sandboxes.with { sandbox in
                for extra in [[:], ["NO_COLOR": "1"], ["TERM": "xterm-256color"]] {
                    let result = try await Shell(sandbox: sandbox).run(["-c", "spaces | select name"], environment: extra)
                    #expect(result.status == 0)
                    #expect(!result.stdout.contains("\u{1B}["), "escape codes in piped output with \(extra)")
                }
            }
        }

        @Test("--verbose logs each request to stderr, without credentials")
        func verbose() async throws {
            var configuration = SandboxConfiguration()
            configuration.credentials = SandboxCredentials(key: "key-7f3a9", secret: "secret-c41d2", token: "token-88e1b")
            try await Sandboxes.with(configuration) { sandbox in
                let result = try await Shell(sandbox: sandbox).run(["--verbose", "-c", "spaces | count"])
                #expect(result.status == 0, "\(result)")
                #expect(result.stdout == "4\n")
                #expect(result.stderr.contains("GET /v1/spaces"), "\(result.stderr)")
                #expect(result.stderr.contains("200"))
                #expect(result.stderr.contains("ms"))
                for secret in ["key-7f3a9", "secret-c41d2", "token-88e1b"] {
                    #expect(!result.stderr.contains(secret) && !result.stdout.contains(secret))
                }
                let quiet = try await Shell(sandbox: sandbox).run(["-c", "spaces | count"])
                #expect(quiet.stderr.isEmpty)
            }
        }

        @Test("every example script runs on --sandbox")
        func examples() async throws {
            let scripts = try PackagePaths.exampleScripts()
            #expect(!scripts.isEmpty, "scripts/examples/*.asm is empty")
            let shell = try Shell()
            for script in scripts {
                let result = try await shell.run(["--sandbox", "--yes", script.path])
                #expect(result.status == 0, "\(script.lastPathComponent): \(result)")
            }
        }
    }
}
