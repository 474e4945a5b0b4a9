// End-to-end fuzz driver: runs the built `assembla --dry-run -c STATEMENT` on generated and
// mutated statements (StatementGenerator, shared with the property test) against a running
// sandbox, until a deadline. A crash is any exit that is not 0, 1 or 2 (a signal, a trap).
// Usage: fuzz-e2e BINARY SECONDS SCRATCH CRASHDIR COMMANDS_FILE SEEDS_FILE [SEED]
// Last line printed: `N inputs, N crashes`.
import Foundation

@main
enum EndToEndDriver {
    static func main() throws {
        let arguments = CommandLine.arguments
        guard arguments.count >= 7, let seconds = Double(arguments[2]) else {
            FileHandle.standardError.write(Data("usage: fuzz-e2e BINARY SECONDS SCRATCH CRASHDIR COMMANDS SEEDS [SEED]\n".utf8))
            exit(64)
        }
        let binary = arguments[1], scratch = arguments[3], crashes = arguments[4]
        let commands = try String(contentsOfFile: arguments[5], encoding: .utf8).split(separator: "\n").map(String.init)
        let seeds = try String(contentsOfFile: arguments[6], encoding: .utf8).split(separator: "\n").map(String.init)
        let generator = StatementGenerator(commands: commands + ["frobnicate"], scratch: scratch, seeds: seeds)
        var rng = SplitMix(state: arguments.count > 7 ? UInt64(arguments[7]) ?? 1 : UInt64(Date().timeIntervalSince1970 * 1000))
        let deadline = Date().addingTimeInterval(seconds)
        var inputs = 0, crashed = 0, outcomes: [Int32: Int] = [:]
        while Date() < deadline {
            let statement = generator.mutatedStatement(using: &rng)
            let (status, signalled, stderr) = try run(binary, ["--dry-run", "--timeout", "20", "-c", statement], in: scratch)
            inputs += 1
            if signalled || ![0, 1, 2].contains(status) || stderr.contains("Fatal error") {
                crashed += 1
                let file = "\(crashes)/crash-\(inputs).asm"
                try statement.write(toFile: file, atomically: true, encoding: .utf8)
                print("CRASH (\(signalled ? "signal" : "exit") \(status)) saved in \(file):\n\(statement)\n\(stderr.prefix(2_000))")
            } else {
                outcomes[status, default: 0] += 1
                if status == 2 || status == 1, !stderr.isEmpty, !stderr.contains("^"), !stderr.hasPrefix("assembla: ") {
                    print("NO LOCATION for \(statement.debugDescription):\n\(stderr.prefix(500))")
                }
            }
            if inputs % 1_000 == 0 { print("… \(inputs) inputs, \(crashed) crashes, exits \(outcomes.sorted { $0.key < $1.key })") }
        }
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
