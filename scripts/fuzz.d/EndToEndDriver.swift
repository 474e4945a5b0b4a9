// End-to-end fuzz driver: runs the built `assembla --dry-run -c STATEMENT` on generated and
// mutated statements (StatementGenerator, shared with the property test) against a running
// sandbox, until a deadline. A crash is any exit that is not 0, 1 or 2 (a signal, a trap).
// Usage: fuzz-e2e BINARY SECONDS SCRATCH CRASHDIR COMMANDS_FILE SEEDS_FILE   (FUZZ_WORKERS children at once, default 4)
// Last line printed: `N inputs, N crashes`.
import Foundation

@main
enum EndToEndDriver {
    static func main() throws {
        let arguments = CommandLine.arguments
        guard arguments.count >= 7, let seconds = Double(arguments[2]) else {
            FileHandle.standardError.write(Data("usage: fuzz-e2e BINARY SECONDS SCRATCH CRASHDIR COMMANDS SEEDS\n".utf8))
            exit(64)
        }
        let binary = arguments[1], scratch = arguments[3], crashes = arguments[4]
        let commands = try String(contentsOfFile: arguments[5], encoding: .utf8).split(separator: "\n").map(String.init)
        let seeds = try String(contentsOfFile: arguments[6], encoding: .utf8).split(separator: "\n").map(String.init)
        let workers = Int(ProcessInfo.processInfo.environment["FUZZ_WORKERS"] ?? "") ?? 4
        let generator = StatementGenerator(commands: commands + ["frobnicate"], scratch: scratch, seeds: seeds)
        let deadline = Date().addingTimeInterval(seconds)
        let tally = Tally()
        // The children mostly wait (process start, loopback HTTP): a few at once keep the
        // CPU busy without more than one fuzzing process.
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var rng = SystemRandomNumberGenerator()   // a crashing input is saved as it was run
            while Date() < deadline {
                let statement = generator.mutatedStatement(using: &rng)
                guard let (status, signalled, stderr) = try? run(binary, ["--dry-run", "--timeout", "20", "-c", statement], in: scratch) else { continue }
                let crashedNow = signalled || ![0, 1, 2].contains(status) || stderr.contains("Fatal error")
                let inputs = tally.record(status: crashedNow ? nil : status)
                if crashedNow {
                    let file = "\(crashes)/crash-\(inputs).asm"
                    try? statement.write(toFile: file, atomically: true, encoding: .utf8)
                    tally.say("CRASH (\(signalled ? "signal" : "exit") \(status)) saved in \(file):\n\(statement)\n\(stderr.prefix(2_000))")
                } else if status == 2 || status == 1, !stderr.isEmpty, !stderr.contains("^"), !stderr.hasPrefix("assembla: ") {
                    tally.say("NO LOCATION for \(statement.debugDescription):\n\(stderr.prefix(500))")
                }
                if inputs % 1_000 == 0 { tally.say("… \(inputs) inputs") }
            }
        }
        let (inputs, crashed, outcomes) = tally.totals
        print("exits by code: \(outcomes.sorted { $0.key < $1.key })")
        print("\(inputs) inputs, \(crashed) crashes")
        exit(crashed == 0 ? 0 : 1)
    }

    /// Runs `binary arguments` in `directory` with stdin from /dev/null, stdout discarded,
    /// stderr captured; kills it after 60 s.
    static func run(_ binary: String, _ arguments: [String], in directory: String) throws -> (Int32, Bool, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let killer = DispatchWorkItem { process.terminate() }
        DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: killer)
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        killer.cancel()
        return (process.terminationStatus, process.terminationReason == .uncaughtSignal, String(decoding: data, as: UTF8.self))
    }
}

/// Counts shared by the workers.
final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private var inputs = 0, crashed = 0
    private var outcomes: [Int32: Int] = [:]

    /// Records one run (nil status = a crash); returns the number of inputs so far.
    func record(status: Int32?) -> Int {
        lock.withLock {
            inputs += 1
            if let status { outcomes[status, default: 0] += 1 } else { crashed += 1 }
            return inputs
        }
    }

    func say(_ text: String) { lock.withLock { print(text) } }

    var totals: (Int, Int, [Int32: Int]) { lock.withLock { (inputs, crashed, outcomes) } }
}
