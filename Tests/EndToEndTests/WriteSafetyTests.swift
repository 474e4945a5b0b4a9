import AssemblaSandbox
import Foundation
import Testing

extension EndToEnd {
    @Suite("writes from the command line")
    struct WriteSafetyTests {
        static let bulkWrite = "space \"Big Project\" | tickets status=Test | set status=Fixed"
        static let countTest = "space \"Big Project\" | tickets status=Test | count"

        static func writes(_ sandbox: SandboxServer) async -> [SandboxRequestRecord] {
            await sandbox.requests().filter { $0.method != "GET" }
        }

        @Test("a bulk write without --yes is refused: exit 1, says --yes, sends nothing")
        func refusedWithoutYes() async throws {
            try await Sandboxes.with { sandbox in
                let shell = try Shell(sandbox: sandbox)
                let before = try await shell.run(["-c", Self.countTest])
                let result = try await shell.run(["-c", Self.bulkWrite])
                #expect(result.status == 1, "\(result)")
                #expect(result.stderr.contains("--yes"), "\(result.stderr)")
                #expect(await Self.writes(sandbox).isEmpty)
                let after = try await shell.run(["-c", Self.countTest])
                #expect(after.stdout == before.stdout)
                #expect(Int(before.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0 > 0)
            }
        }

        @Test("--dry-run shows the requests and sends none")
        func dryRun() async throws {
            try await Sandboxes.with { sandbox in
                let shell = try Shell(sandbox: sandbox)
                let result = try await shell.run(["--dry-run", "--yes", "-c", Self.bulkWrite])
                #expect(result.status == 0, "\(result)")
                #expect(result.stdout.hasPrefix("dry run: would update "), "the result says what it would do: \(result)")
                #expect(result.stdout.contains("\n  PUT /v1/spaces/"), "and lists each request: \(result)")
                #expect(await Self.writes(sandbox).isEmpty)
            }
        }

        @Test("--yes applies the write")
        func yes() async throws {
            try await Sandboxes.with { sandbox in
                let shell = try Shell(sandbox: sandbox)
                let result = try await shell.run(["--yes", "-c", Self.bulkWrite])
                #expect(result.status == 0, "\(result)")
                #expect(!(await Self.writes(sandbox).isEmpty))
                let after = try await shell.run(["-c", Self.countTest])
                #expect(after.stdout == "0\n")
            }
        }
    }
}
