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
        let outputs = Outputs()
        if let stdout = child.standardOutput { outputs.collect(stdout, stream: 0) }
        if let stderr = child.standardError { outputs.collect(stderr, stream: 1) }
        if let writer = child.standardInput {
            if let input { try? writer.write(contentsOf: Data(input.utf8)) }
            try writer.close()
        }
        let watchdog = Task {
            try await Task.sleep(for: .seconds(limit))
            child.send(SIGTERM)
        }
        let ended = await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: child.wait()) }
        }
        watchdog.cancel()
        let (out, err) = await outputs.finished()
        let status: Int32
        switch ended {
        case .exit(let code): status = code
        case .signal(let signal): status = signal
        }
        return ShellResult(status: status, stdout: out, stderr: err)
    }
}

/// Drains pipes on their own threads (a full pipe would block the child).
private final class Outputs: @unchecked Sendable {
    private let group = DispatchGroup()
    private let lock = NSLock()
    private var streams = [Data(), Data()]

    /// Reads `handle` to its end into stream 0 (stdout) or 1 (stderr).
    func collect(_ handle: FileHandle, stream: Int) {
        group.enter()
        DispatchQueue.global().async {
            let data = handle.readDataToEndOfFile()
            self.lock.withLock { self.streams[stream] = data }
            self.group.leave()
        }
    }

    func finished() async -> (String, String) {
        await withCheckedContinuation { continuation in
            group.notify(queue: .global()) { continuation.resume() }
        }
        return lock.withLock { (String(decoding: streams[0], as: UTF8.self), String(decoding: streams[1], as: UTF8.self)) }
    }
}
