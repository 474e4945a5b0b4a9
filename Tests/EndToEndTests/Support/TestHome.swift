import Foundation

/// An isolated home for one test: HOME, XDG_CONFIG_HOME and XDG_STATE_HOME in a temporary
/// directory, removed at the end. Child processes get only these variables plus the
/// ones given, never the test runner's ASSEMBLA_* credentials.
final class TestHome: @unchecked Sendable {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("assembla-e2e-\(UUID().uuidString.prefix(8))", isDirectory: true)
        for sub in ["home", "config", "state", "work"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// A scratch directory to run in and write files to.
    var work: URL { root.appendingPathComponent("work") }
    /// `$XDG_CONFIG_HOME/assembla/config`.
    var configFile: URL { root.appendingPathComponent("config/assembla/config") }
    /// `$XDG_STATE_HOME/assembla/history`.
    var historyFile: URL { root.appendingPathComponent("state/assembla/history") }

    /// The environment for a child process: the isolated directories, a UTF-8 locale, PATH,
    /// and `extra` on top.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = [
            "HOME": root.appendingPathComponent("home").path,
            "XDG_CONFIG_HOME": root.appendingPathComponent("config").path,
            "XDG_STATE_HOME": root.appendingPathComponent("state").path,
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        ]
        environment.merge(extra) { _, new in new }
        return environment
    }

    /// Writes the config file with `mode`.
    func writeConfig(_ text: String, mode: Int) throws {
        try FileManager.default.createDirectory(at: configFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: configFile, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: configFile.path)
    }

    /// Writes a file under `work`; returns its path.
    @discardableResult
    func writeWorkFile(_ name: String, _ text: String) throws -> String {
        let url = work.appendingPathComponent(name)
        try text.write(to: url, atomically: false, encoding: .utf8)
        return url.path
    }
}
