import Foundation

/// One run of another program (the `assembla` binary, the Python wrapper, `curl`,
/// `/usr/bin/time`): its exit status, what it printed, and its wall time from launch to exit.
struct ChildProcess {
    /// The exit status (or the signal number when it was killed).
    var status: Int32
    /// Everything it wrote to standard output.
    var standardOutput: String
    /// Everything it wrote to standard error.
    var standardError: String
    /// Wall time from launch to exit.
    var seconds: Double

    /// Standard output without surrounding white space (the answer of a `count`).
    var trimmedOutput: String { standardOutput.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// The line of standard error that says what went wrong: the first, or the last of a
    /// Python traceback (where the exception is); GNU time's report after it is left out.
    var firstErrorLine: String {
        let lines = standardError.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .prefix { !$0.hasPrefix("Command exited with non-zero status") && !$0.hasPrefix("Command being timed:") }
        guard let first = lines.first else { return "(no message)" }
        return first.hasPrefix("Traceback") ? lines.last ?? first : first
    }

    /// Runs `executable` with `arguments` and `environment` (added to a minimal one: PATH, LANG,
    /// and a scratch HOME so no user config or history is read) and waits for it to exit.
    /// Output goes to files, not pipes, so a large answer cannot block the child.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) async throws -> ChildProcess {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("assembla-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        for url in [outURL, errURL] where !FileManager.default.createFile(atPath: url.path, contents: nil) {
            throw BenchError.launch(executable, "cannot create \(url.path)")
        }
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let inherited = ProcessInfo.processInfo.environment
        var base = ["HOME": scratch.path, "XDG_CONFIG_HOME": scratch.path, "XDG_STATE_HOME": scratch.path,
                    "XDG_CACHE_HOME": scratch.path, "LANG": "C.UTF-8"]
        base["PATH"] = inherited["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        process.environment = base.merging(environment) { _, given in given }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice

        let clock = ContinuousClock()
        let start = clock.now
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { finished in continuation.resume(returning: finished.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: BenchError.launch(executable, "\(error)"))
            }
        }
        let elapsed = (clock.now - start).seconds
        try out.close()
        try err.close()
        return ChildProcess(
            status: status,
            standardOutput: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            standardError: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
            seconds: elapsed)
    }
}

/// Why a benchmark could not produce its numbers.
enum BenchError: Error, CustomStringConvertible {
    case launch(String, String)
    case failed(String, ChildProcess)
    case wrongAnswer(String, expected: String, got: String)
    case missingTool(String)

    var description: String {
        switch self {
        case .launch(let executable, let reason): "cannot start \(executable): \(reason)"
        case .failed(let what, let run): "\(what) exited with \(run.status): \(run.firstErrorLine)"
        case .wrongAnswer(let what, let expected, let got): "\(what) answered \"\(got)\", expected \"\(expected)\""
        case .missingTool(let message): message
        }
    }
}
