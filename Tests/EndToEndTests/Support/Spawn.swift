import Foundation

/// Runs a program and waits for exactly that process (not for descendants that keep its
/// descriptors), with stdin from /dev/null and stdout+stderr into a file. The child starts
/// with no signal blocked and default handlers: a Swift worker thread blocks most signals,
/// and a tmux server inheriting that mask never sees SIGCHLD, so `kill-server` hangs and its
/// panes (and the program under test) keep running.
enum Spawn {
    /// Runs `argv` to its end; its exit status. With `environment`, that instead of the
    /// runner's. With `whileRunning`, the child is polled instead of waited for, and
    /// `whileRunning` gets its pid every few milliseconds until it exits.
    static func run(_ argv: [String], outputPath: String, environment: [String: String]? = nil,
                    whileRunning: ((pid_t) -> Void)? = nil) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        let environment = (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { environment.forEach { free($0) } }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, &attributes, cArguments, environment)
        guard spawned == 0 else {
            throw TmuxError(message: "cannot start \(argv[0]): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while true {
            let waited = waitpid(pid, &status, whileRunning == nil ? 0 : WNOHANG)
            if waited == pid { break }
            if waited < 0 {
                guard errno == EINTR else { throw TmuxError(message: "waitpid failed: \(String(cString: strerror(errno)))") }
                continue
            }
            whileRunning?(pid)
            usleep(5_000)
        }
        // WIFEXITED / WEXITSTATUS, spelled out (the C macros are not imported).
        return status & 0x7f == 0 ? (status >> 8) & 0xff : -1
    }
}
