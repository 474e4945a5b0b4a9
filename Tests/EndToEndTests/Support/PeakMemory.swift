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
        let (status, usage) = try Spawn.runMeasured(argv, outputPath: outputPath, environment: environment)
        #if os(Linux)
        return (status, Int(usage.ru_maxrss) * 1024)  // kilobytes on Linux
        #else
        return (status, Int(usage.ru_maxrss))  // bytes on Darwin
        #endif
    }
}
