import Foundation

/// Runs a program to its end and reads its peak resident memory from the kernel (`wait4`'s
/// `ru_maxrss`: that process alone, not the test runner nor the sandbox inside it).
enum PeakMemory {
    /// What the run left: exit status, combined output, and peak RSS in bytes.
    struct Outcome: Sendable {
        let status: Int32
        let output: String
        let bytes: Int
    }

    /// Runs `argv` with `environment`, stdin from /dev/null, stdout+stderr into a temporary file.
    static func run(_ argv: [String], environment: [String: String]) async throws -> Outcome {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("peak-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        let (status, bytes) = try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<(Int32, Int), any Error>) in
            DispatchQueue.global().async {  // the wait blocks a thread: not one of the concurrency pool's
                continuation.resume(with: Result { try spawnAndWait(argv, environment: environment, outputPath: outputPath) })
            }
        }
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        return Outcome(status: status, output: output, bytes: bytes)
    }

    private static func spawnAndWait(_ argv: [String], environment: [String: String], outputPath: String) throws -> (Int32, Int) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        let cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { cEnvironment.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, cArguments, cEnvironment)
        guard spawned == 0 else { throw TmuxError(message: "cannot start \(argv[0]): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw TmuxError(message: "wait4 failed: \(String(cString: strerror(errno)))") }
        }
        #if os(Linux)
        let bytes = Int(usage.ru_maxrss) * 1024  // kilobytes on Linux
        #else
        let bytes = Int(usage.ru_maxrss)  // bytes on Darwin
        #endif
        return (status & 0x7f == 0 ? (status >> 8) & 0xff : -1, bytes)
    }
}
