import Foundation
import SandboxProcessSupport

/// What a finished process left: exit status and both output streams.
struct ShellResult: Sendable, CustomStringConvertible {
    let status: Int32
    let stdout: String
    let stderr: String

    var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
}

/// Runs a built binary (through ``ChildProcess``, not `Foundation.Process`): standard input
/// from `input` (never the test runner's terminal), both outputs captured, killed if it
/// outlives `limit` seconds. The status is the exit status, or the signal's number when a
/// signal ended it.
enum ShellRun {
    static func run(_ binary: URL, _ arguments: [String], input: String? = nil, environment: [String: String],
                    directory: URL? = nil, limit: TimeInterval = 120) async throws -> ShellResult {
        let child = try ChildProcess.spawn(binary.path, arguments, environment: environment, directory: directory?.path, input: true)
        async let outputs = child.readOutputs()
        if let writer = child.standardInput {
            if let input { try? writer.write(contentsOf: Data(input.utf8)) }
            try writer.close()
        }
        let watchdog = Task {
            try await Task.sleep(for: .seconds(limit))
            child.send(SIGTERM)
        }
        let ended = await child.ended()
        watchdog.cancel()
        let (out, err) = await outputs
        let status: Int32
        switch ended {
        case .exit(let code): status = code
        case .signal(let signal): status = signal
        }
        return ShellResult(status: status, stdout: out, stderr: err)
    }
}
