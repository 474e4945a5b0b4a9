import AssemblaSandbox
import Foundation
import Testing

extension EndToEnd {
    /// Issue 7 §2, §4–§6 and issue 10's check-before-run, through the built binary.
    @Suite("correct answers from the command line")
    struct ScriptCorrectnessTests {
        static let count = "space \"Big Project\" | tickets updated_at>$1 | count"

        @Test("-c STATEMENTS -7d: words after -c's statements are $1…, even when they start with -")
        func commandLineArgumentLikeOption() async throws {
            try await Sandboxes.with { sandbox in
                let shell = try Shell(sandbox: sandbox)
                let literal = try await shell.run(["-c", "space \"Big Project\" | tickets updated_at>-7d | count"])
                let argument = try await shell.run(["-c", Self.count, "-7d"])
                #expect(argument.status == 0, "\(argument)")
                #expect(argument.stdout == literal.stdout)
                #expect(Int(argument.stdout.trimmingCharacters(in: .newlines)) ?? 0 > 0)
                let yesterday = try await shell.run(["--format", "csv", "-c", Self.count, "yesterday"])
                #expect(yesterday.status == 0, "\(yesterday)")
            }
        }

        @Test("a usage error on line 2 exits 2 before line 1 creates a ticket (--yes): no request at all")
        func checkedBeforeRunning() async throws {
            try await Sandboxes.with { sandbox in
                let shell = try Shell(sandbox: sandbox)
                for line2 in ["spaces | first abc", "spaces | sort nmae", "space $9 | tickets", "spaces | where created_at>banana"] {
                    let script = try shell.home.writeWorkFile("two.asm", """
                        space "Big Project" | create ticket summary="must not exist"
                        \(line2)
                        """)
                    await sandbox.resetRequestLog()
                    let result = try await shell.run(["--yes", script])
                    #expect(result.status == 2, "\(result)")
                    #expect(result.stderr.contains("two.asm:2:"), "\(result)")
                    #expect(result.stdout.isEmpty)
                    let requests = await sandbox.requests()
                    #expect(requests.isEmpty, "\(line2): \(requests.map(\.path))")
                }
            }
        }

        @Test("a script that needs $1 and gets none writes no file and exits 2")
        func missingArgument() async throws {
            try await Sandboxes.with { sandbox in
                let shell = try Shell(sandbox: sandbox)
                let script = try shell.home.writeWorkFile("report.asm", "spaces > first.txt\nspace $1 | tickets | count\n")
                let result = try await shell.run([script])
                #expect(result.status == 2, "\(result)")
                #expect(result.stderr.contains("missing script argument `$1`"))
                #expect(!FileManager.default.fileExists(atPath: shell.home.work.appendingPathComponent("first.txt").path))
            }
        }

        @Test("> \"out/$1-report.csv\" writes out/<arg>-report.csv")
        func interpolatedRedirect() async throws {
            try await Sandboxes.with { sandbox in
                let shell = try Shell(sandbox: sandbox)
                try FileManager.default.createDirectory(at: shell.home.work.appendingPathComponent("out"), withIntermediateDirectories: true)
                let script = try shell.home.writeWorkFile("r.asm", "space \"$1\" | tickets status=Test | select number > \"out/$2-report.csv\"\n")
                let result = try await shell.run([script, "Big Project", "weekly"])
                #expect(result.status == 0, "\(result)")
                let written = shell.home.work.appendingPathComponent("out/weekly-report.csv").path
                #expect(FileManager.default.contents(atPath: written).map { String(decoding: $0, as: UTF8.self).hasPrefix("number\r\n") } == true)
            }
        }

        @Test("no results: (no results) on stderr, never in the file or on stdout; CSV keeps its header")
        func emptyResults() async throws {
            try await Sandboxes.with { sandbox in
                let shell = try Shell(sandbox: sandbox)
                let empty = "space \"Big Project\" | tickets summary=zzz-none"
                let toFile = try await shell.run(["-c", empty + " > f.txt"])
                #expect(toFile.status == 0, "\(toFile)")
                #expect(toFile.stderr == "(no results)\n")
                let file = shell.home.work.appendingPathComponent("f.txt").path
                #expect(FileManager.default.contents(atPath: file).map { String(decoding: $0, as: UTF8.self) } == "")
                let piped = try await shell.run(["-c", empty])
                #expect(piped.stdout.isEmpty && piped.stderr == "(no results)\n", "\(piped)")
                let csv = try await shell.run(["--format", "csv", "-c", empty + " | select number summary"])
                #expect(csv.stdout == "number,summary\r\n", "\(csv)")
                #expect(csv.stderr.isEmpty)
            }
        }

        @Test("a status typo warns with did-you-mean on stderr; exit 0 and the count still printed")
        func typoWarning() async throws {
            try await Sandboxes.with { sandbox in
                let result = try await Shell(sandbox: sandbox).run(["-c", "space \"Big Project\" | tickets status=Tset | count"])
                #expect(result.status == 0, "\(result)")
                #expect(result.stdout == "0\n")
                #expect(result.stderr.contains("warning: no status is named \"Tset\"; did you mean `Test`?"), "\(result)")
            }
        }
    }
}
