import Foundation
import SandboxProcessSupport
import Testing

/// `scripts/lib/sandbox.sh`, which `scripts/interop` and `scripts/fuzz` source to run the built
/// `assembla-sandbox`: the port comes from `--port-file`, never from the `listening on` banner.
@Suite("scripts/lib/sandbox.sh")
struct ScriptSandboxTests {
    /// Runs `body` in `bash -euo pipefail` after sourcing the helper, in the package root.
    static func bash(_ body: String) async throws -> (status: Int32, stdout: String, stderr: String) {
        let root = SandboxProcess.packageRoot.path
        let child = try ChildProcess.spawn("/bin/bash", ["-euo", "pipefail", "-c", "source scripts/lib/sandbox.sh\n" + body],
                                           directory: root)
        let (stdout, stderr) = await child.readOutputs()
        return (await child.ended().shellStatus, stdout, stderr)
    }

    @Test("start_sandbox learns the port from the port file (the one the banner names); stop_sandbox ends the sandbox")
    func startAndStop() async throws {
        let binary = SandboxProcess.binary.path
        let result = try await Self.bash("""
            dir=$(mktemp -d)
            start_sandbox '\(binary)' "$dir" --tickets 5
            echo "$sandbox_url"
            echo "$sandbox_pid"
            head -n 1 "$dir/sandbox.out"
            stop_sandbox
            rm -rf "$dir"
            """)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        try #require(lines.count == 3, "\(result.stdout)")
        #expect(lines[0].hasPrefix("http://127.0.0.1:") && Int(lines[0].dropFirst("http://127.0.0.1:".count)) != nil)
        #expect(lines[2] == "listening on \(lines[0])", "the banner names the port the port file gave")
        let pid = try #require(pid_t(lines[1]))
        #expect(kill(pid, 0) == -1, "the sandbox still runs after stop_sandbox")
    }

    @Test("a sandbox that exits before listening fails start_sandbox with its error, not a hang")
    func earlyExit() async throws {
        let binary = SandboxProcess.binary.path
        let result = try await Self.bash("""
            dir=$(mktemp -d)
            trap 'rm -rf "$dir"' EXIT
            start_sandbox '\(binary)' "$dir" --tickets -1
            echo unreachable
            """)
        #expect(result.status == 1)
        #expect(!result.stdout.contains("unreachable"))
        #expect(result.stderr.contains("assembla-sandbox exited (status 64) before writing its port file"), "\(result.stderr)")
        #expect(result.stderr.contains("--tickets"), "the sandbox's own error follows: \(result.stderr)")
    }

    @Test("no script reads the sandbox's banner for its port")
    func noBannerParsing() throws {
        let scripts = SandboxProcess.packageRoot.appendingPathComponent("scripts")
        let files = try #require(FileManager.default.enumerator(atPath: scripts.path)).compactMap { $0 as? String }
        var starters: [String] = []
        for file in files {
            guard let text = try? String(contentsOf: scripts.appendingPathComponent(file), encoding: .utf8) else { continue }
            let readsBanner = text.contains("listening on")
            #expect(!readsBanner, "\(file) parses the banner")
            if text.contains("assembla-sandbox --port") || text.contains("coproc") { starters.append(file) }
        }
        #expect(starters.isEmpty, "start the sandbox through start_sandbox: \(starters)")
    }
}
