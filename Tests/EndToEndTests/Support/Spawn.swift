import Foundation
import SandboxProcessSupport

/// Runs a program (a ``ChildProcess``) and waits for exactly that process (not for
/// descendants that keep its descriptors), with stdin from /dev/null and stdout+stderr into a
/// file. The child starts with no signal blocked and default handlers: a Swift worker thread
/// blocks most signals, and a tmux server inheriting that mask never sees SIGCHLD, so
/// `kill-server` hangs and its panes (and the program under test) keep running.
enum Spawn {
    /// Runs `argv` to its end; its exit status. With `environment`, that instead of the
    /// runner's. With `whileRunning`, the child is polled instead of waited for, and
    /// `whileRunning` gets its pid every few milliseconds until it exits.
    static func run(_ argv: [String], outputPath: String, environment: [String: String]? = nil,
                    whileRunning: ((pid_t) -> Void)? = nil) throws -> Int32 {
        guard let executable = argv.first else { throw TmuxError(message: "nothing to run") }
        let child: ChildProcess
        do {
            child = try ChildProcess.spawn(executable, Array(argv.dropFirst()), environment: environment,
                                           output: .file(outputPath), errors: .standardOutput)
        } catch let failure as ChildProcessFailure {
            throw TmuxError(message: failure.message)
        }
        guard let whileRunning else { return exitStatus(child.wait()) }
        while child.isRunning {
            whileRunning(child.pid)
            usleep(5_000)
        }
        return exitStatus(child.wait())
    }

    /// The exit status, or -1 when a signal ended the child.
    private static func exitStatus(_ ended: ChildProcess.Termination) -> Int32 {
        if case .exit(let status) = ended { return status }
        return -1
    }
}
