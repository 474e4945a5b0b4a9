import AssemblaSandbox
import Foundation
import Testing

extension EndToEnd {
    /// The shell keeps hints between runs (`$XDG_CACHE_HOME/assembla/hints`, else
    /// `~/.cache/…`): private, free of credentials, never changing an answer or a request count.
    @Suite("Hints between runs of assembla")
    struct HintsTests {
        static var sixHundred: SandboxConfiguration {
            var configuration = SandboxConfiguration()
            configuration.ticketCount = 600
            return configuration
        }

        /// The hint file the shell keeps for `sandbox` in `shell`'s home (no XDG_CACHE_HOME set).
        static func hintFile(_ shell: Shell, _ sandbox: SandboxServer) -> URL {
            shell.home.root.appendingPathComponent("home/.cache/assembla/hints/127.0.0.1_\(sandbox.port).json")
        }

        @Test("a later run answers the same with the same requests, from a private file without credentials")
        func laterRun() async throws {
            try await Sandboxes.with(Self.sixHundred) { sandbox in
                let shell = try Shell(sandbox: sandbox)
                var counts: [Int] = []
                for _ in 0..<2 {
                    await sandbox.resetRequestLog()
                    let result = try await shell.run(["-c", "space \"Big Project\" | tickets | count"])
                    #expect(result.status == 0 && result.stdout == "600\n", "\(result)")
                    counts.append(await sandbox.requests().count)
                }
                #expect(counts == [8, 8], "spaces, 6 full pages and the empty one, either way")
                let file = Self.hintFile(shell, sandbox)
                let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
                #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
                let text = try String(contentsOf: file, encoding: .utf8)
                #expect(text.contains("\"Big Project\""))
                #expect(!text.contains(sandbox.configuration.credentials.key) && !text.contains(sandbox.configuration.credentials.secret))
                let explained = try await shell.run(["-c", "explain space \"Big Project\" | tickets | count"])
                #expect(explained.stdout.contains("early    stage 2 starts with this request"), "\(explained)")
            }
        }

        @Test("--no-hints and --sandbox keep none")
        func noHints() async throws {
            try await Sandboxes.with(Self.sixHundred) { sandbox in
                let shell = try Shell(sandbox: sandbox)
                let result = try await shell.run(["--no-hints", "-c", "space \"Big Project\" | tickets | count"])
                #expect(result.status == 0 && result.stdout == "600\n", "\(result)")
                #expect(!FileManager.default.fileExists(atPath: Self.hintFile(shell, sandbox).path))
                let explained = try await shell.run(["--no-hints", "-c", "explain space \"Big Project\" | tickets | count"])
                #expect(!explained.stdout.contains("early"), "\(explained)")
            }
            let shell = try Shell()
            let result = try await shell.run(["--sandbox", "-c", "spaces | count"])
            #expect(result.status == 0, "\(result)")
            let cache = shell.home.root.appendingPathComponent("home/.cache/assembla")
            #expect(!FileManager.default.fileExists(atPath: cache.path))
        }
    }
}
