import Foundation
import SandboxProcessSupport
import Testing

extension EndToEnd {
    /// Issue 7 §1 end to end: the built `assembla` against the built `assembla-sandbox`
    /// started with `--max-per-page`, as a user would point the shell at a server whose page
    /// limit is lower than the 100 the client asks for.
    @Suite("assembla against a server that caps per_page")
    struct CappedServerTests {
        @Test("tickets, tasks and stream counts are exact with the server capping pages at 25 and 7",
              arguments: [25, 7])
        func counts(cap: Int) async throws {
            let sandbox = try SandboxProcess.start(["--max-per-page", String(cap), "--tickets", "600"])
            defer { sandbox.stop() }
            let home = try TestHome()
            let environment = home.environment([
                "ASSEMBLA_URL": sandbox.baseURL.absoluteString, "ASSEMBLA_API_KEY": "sandbox-key", "ASSEMBLA_API_SECRET": "sandbox-secret",
            ])
            let statements = [
                ("space \"Big Project\" | tickets | count", "600"),
                ("tasks | count", "60"),
                ("stream | count", "200"),
                ("space \"Big Project\" | milestone \"Release Candidate 1\" | tickets | count", nil),
            ]
            var milestoneCount: String?
            for (statement, expected) in statements {
                let result = try await ShellRun.run(PackagePaths.binary("assembla"), ["-c", statement],
                                                    environment: environment, directory: home.work)
                #expect(result.status == 0, "\(statement): \(result)")
                let printed = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
                if let expected { #expect(printed == expected, "\(statement)") } else { milestoneCount = printed }
            }
            // The milestone's tickets, counted by the server's list and by filtering all tickets, agree.
            let filtered = try await ShellRun.run(
                PackagePaths.binary("assembla"),
                ["-c", "space \"Big Project\" | tickets milestone=\"Release Candidate 1\" | count"],
                environment: environment, directory: home.work)
            #expect(filtered.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == milestoneCount)
            #expect(Int(milestoneCount ?? "") ?? 0 > cap)
        }
    }
}
