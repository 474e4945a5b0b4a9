import Foundation

/// What a finished process left: exit status and both output streams.
struct ShellResult: Sendable, CustomStringConvertible {
    let status: Int32
    let stdout: String
    let stderr: String

    var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
}

/// Runs a built binary with `Foundation.Process`: standard input from `input` (never the
/// test runner's terminal), both outputs captured, killed if it outlives `limit` seconds.
enum ShellRun {
    static func run(_ binary: URL, _ arguments: [String], input: String? = nil, environment: [String: String],
                    directory: URL? = nil, limit: TimeInterval = 120) async throws -> ShellResult {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = environment
        if let directory { process.currentDirectoryURL = directory }
        let stdout = Pipe(), stderr = Pipe(), stdin = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin
        let outputs = Outputs()
        let exited = AsyncStream<Int32>.makeStream()
        process.terminationHandler = { finished in
            exited.continuation.yield(finished.terminationStatus)
            exited.continuation.finish()
        }
        try process.run()
        outputs.collect(stdout.fileHandleForReading, stream: 0)
        outputs.collect(stderr.fileHandleForReading, stream: 1)
        let writer = stdin.fileHandleForWriting
        if let input { writer.write(Data(input.utf8)) }
        try writer.close()
        let watchdog = Task {
            try await Task.sleep(for: .seconds(limit))
            process.terminate()
        }
        var status: Int32 = -1
        for await code in exited.stream { status = code }
        watchdog.cancel()
        let (out, err) = await outputs.finished()
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
