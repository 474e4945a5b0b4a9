import Foundation

/// Runs a program to its end and reads its peak resident memory from the kernel: that
/// process alone, not the test runner nor the sandbox inside it. On Linux the high-water mark
/// of its memory (`VmHWM` in /proc/PID/status), read every 5 ms until it exits: `wait4`'s
/// `ru_maxrss` would report the runner's, since posix_spawn's vfork child executes from the
/// runner's memory and Linux keeps that mark across exec.
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
        var peak = 0
        let status = try Spawn.run(argv, outputPath: outputPath, environment: environment) { pid in
            peak = max(peak, highWaterMark(pid))
        }
        return (status, peak)
    }

    /// `VmHWM` of a running process in bytes; 0 once it is gone.
    private static func highWaterMark(_ pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) })
        else { return 0 }
        return kilobytes * 1024
    }
}
