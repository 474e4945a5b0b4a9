import AssemblaQuery
import Foundation

/// Runs statements that are not typed at a prompt: a script file, `-c` or standard input.
/// Stops at the first failing statement, prints its diagnostic to stderr and returns its
/// exit code (1 runtime, 2 parse or usage).
struct BatchRunner: Sendable {
    let session: Session

    /// Runs `source`; returns the exit status.
    func run(source: String, origin: RunOrigin) async -> Int32 {
        switch await session.run(source: source, origin: origin) {
        case .ok:
            return 0
        case .failed(let failure):
            Console.standardError(failure.rendered.hasSuffix("\n") ? failure.rendered : failure.rendered + "\n")
            return failure.exitCode
        }
    }

    /// Runs the script at `path` (diagnostics say `path:line:col`).
    func runFile(_ path: String) async -> Int32 {
        let source: String
        do {
            source = try ScriptReader.read(path)
        } catch {
            Console.standardError("assembla: \(error.message)\n")
            return 2
        }
        return await run(source: source, origin: .file(path))
    }

    /// Reads standard input to its end, then runs it.
    func runStandardInput() async -> Int32 {
        let source: String
        do {
            source = try ScriptReader.read(descriptor: STDIN_FILENO, path: "standard input")
        } catch {
            Console.standardError("assembla: \(error.message)\n")
            return 2
        }
        return await run(source: source, origin: .stdin)
    }
}
