import Foundation
import Testing

/// A program running in a real terminal: a detached tmux session on its own server socket,
/// driven with `send-keys` and read with `capture-pane`. `close()` kills the server; call it
/// in a `defer`.
final class TmuxSession: @unchecked Sendable {
    private let socket: String
    private let tmux: URL

    /// Starts `arguments` with exactly `environment` in a `width`×`height` terminal. When the
    /// program exits the pane shows `[exited N]`. Fails clearly when tmux is missing.
    init(_ arguments: [String], environment: [String: String], directory: URL, width: Int = 120, height: Int = 40) throws {
        var device = stat()
        guard stat("/dev/null", &device) == 0, device.st_mode & S_IFMT == S_IFCHR else {
            Issue.record("/dev/null is not a character device (something replaced it with a file): tmux cannot start")
            throw TmuxError(message: "/dev/null is broken")
        }
        guard let tmux = Self.findTmux() else {
            Issue.record("tmux is not installed: the REPL tests need it (scripts/setup installs it: apt-get install tmux)")
            throw TmuxError(message: "tmux not found on PATH")
        }
        self.tmux = tmux
        socket = "assembla-e2e-\(UUID().uuidString.prefix(8))"
        var variables = environment
        variables["TERM"] = "xterm-256color"
        let assignments = variables.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let script = "cd \"$1\" && shift && \"$@\"; echo \"[exited $?]\"; sleep 600"
        try command(detached: true, ["new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)",
                     "/usr/bin/env", "-i"] + assignments + ["/bin/sh", "-c", script, "sh", directory.path] + arguments)
    }

    /// Types `text` literally (no key names).
    func type(_ text: String) throws {
        try command(["send-keys", "-t", "main", "-l", text])
    }

    /// Presses keys by tmux name: `Enter`, `Tab`, `Up`, `C-c`, `C-d`.
    func press(_ keys: String...) throws {
        try command(["send-keys", "-t", "main"] + keys)
    }

    /// Resizes the terminal (the program gets SIGWINCH).
    func resize(width: Int, height: Int) throws {
        try command(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The visible screen, one line per row.
    func screen() throws -> String {
        try command(["capture-pane", "-p", "-t", "main"])
    }

    /// The visible screen with colour escapes kept.
    func screenWithEscapes() throws -> String {
        try command(["capture-pane", "-p", "-e", "-t", "main"])
    }

    /// The cursor's row (0 at the top).
    func cursorRow() throws -> Int {
        Int(try command(["display-message", "-p", "-t", "main", "#{cursor_y}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// Polls the screen until `predicate` holds; fails with the screen after `seconds`.
    @discardableResult
    func waitFor(_ what: String, seconds: Double = 30, _ predicate: (String) -> Bool) async throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if predicate(last) { return last }
            try await Task.sleep(for: .milliseconds(100))
        }
        Issue.record("timed out waiting for \(what); screen:\n\(last)")
        throw TmuxError(message: "timed out waiting for \(what)")
    }

    /// Waits until the screen contains `text`.
    @discardableResult
    func waitFor(text: String, seconds: Double = 30) async throws -> String {
        try await waitFor("\"\(text)\"", seconds: seconds) { $0.contains(text) }
    }

    /// Waits until `text` appears at least `count` times.
    @discardableResult
    func waitFor(text: String, count: Int, seconds: Double = 30) async throws -> String {
        try await waitFor("\(count)× \"\(text)\"", seconds: seconds) { $0.components(separatedBy: text).count - 1 >= count }
    }

    /// Kills the session's tmux server.
    func close() {
        _ = try? command(["kill-server"])
    }

    /// Runs a tmux command on this session's server and returns its output. Spawned and
    /// reaped directly (posix_spawn + waitpid), output through a temporary file: the tmux
    /// server forks from the first client and keeps its descriptors, so neither a pipe nor
    /// Foundation's `Process` (which watches a descriptor) would ever see that client end.
    @discardableResult
    private func command(detached: Bool = false, _ arguments: [String]) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(socket)-\(UUID().uuidString.prefix(8)).out").path
        defer { unlink(outputPath) }
        let argv = [tmux.path, "-L", socket, "-f", "/dev/null"] + arguments
        let status = try Spawn.run(argv, outputPath: outputPath)
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        guard status == 0 else {
            throw TmuxError(message: "tmux \(arguments.first ?? "") exited \(status): \(text)")
        }
        return text
    }

    private static func findTmux() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("tmux") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}

/// tmux is missing or a tmux command failed.
struct TmuxError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
