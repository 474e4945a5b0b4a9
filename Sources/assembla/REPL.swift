import Assembla
import AssemblaQuery
import Foundation
import LineEditing

/// The interactive shell: reads statements with libedit (`assembla> `, `...> ` while a
/// statement continues), runs each one in a task that Ctrl-C cancels, keeps history in
/// `$XDG_STATE_HOME/assembla/history` (saved atomically after every statement, secrets
/// never recorded) and completes words with Tab from the session.
struct REPL {
    /// The prompt for a new statement.
    static let prompt = "assembla> "
    /// The prompt while a statement continues (after a trailing `|` or inside a quote).
    static let continuationPrompt = "...> "

    let session: Session
    let environment: [String: String]
    /// The credentials in use: a line containing one of their values stays out of history.
    var credentials: Credentials?

    /// Runs until Ctrl-D, `exit` or `quit`; returns the exit status (0).
    func run() async -> Int32 {
        let historyURL = History.defaultURL(environment: environment)
        let history: History
        do {
            history = try History.load(from: historyURL)
        } catch {
            Console.standardError("assembla: \(error) (starting with an empty history)\n")
            history = History()
        }
        let editor: LineEditor
        do {
            editor = try LineEditor(history: history) { [session] line, cursor in
                session.completions(line: line, cursor: cursor)
            }
        } catch {
            Console.standardError("assembla: \(error)\n")
            return 1
        }
        session.confirm = { question in
            await Self.ask(question, editor: editor)
        }
        editor.writeToTerminal("assembla \(AssemblaCommand.version) — `help` lists commands, Ctrl-D exits.\n")
        var historySaveFailed = false
        await session.primeCompletions()
        while let statement = readStatement(editor) {
            let trimmed = statement.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            if trimmed == "exit" || trimmed == "quit" { break }
            // A line holding the live key, secret or token (pasted into a filter) is never recorded.
            if !(credentials?.appears(in: statement) ?? false), editor.addHistory(statement) {
                do {
                    try editor.history.save(to: historyURL)
                } catch where !historySaveFailed {
                    historySaveFailed = true
                    Console.standardError("assembla: history not saved: \(error)\n")
                } catch {}
            }
            await runCancellable(statement)
        }
        return 0
    }

    /// Reads one statement, over several lines while it continues. nil at Ctrl-D.
    private func readStatement(_ editor: LineEditor) -> String? {
        var lines: [String] = []
        while true {
            switch editor.readLine(prompt: lines.isEmpty ? Self.prompt : Self.continuationPrompt) {
            case .line(let line):
                lines.append(line)
                let text = lines.joined(separator: "\n")
                if !session.needsContinuation(text) { return text }
            case .interrupted:
                lines.removeAll()
            case .eof:
                editor.writeToTerminal("\n")
                return nil
            }
        }
    }

    /// Runs one statement; Ctrl-C cancels it and the shell goes on.
    private func runCancellable(_ statement: String) async {
        guard let result = await InterruptibleRun.run(statement, session: session) else {
            Console.standardError("\ncancelled\n")
            return
        }
        if case .failed(let failure) = result {
            Console.standardError(failure.rendered.hasSuffix("\n") ? failure.rendered : failure.rendered + "\n")
        }
    }

    /// Asks a yes/no question at the prompt; only `y` or `yes` agree. A statement cancelled
    /// with Ctrl-C never asks (its answer would be taken from a later line).
    private static func ask(_ question: String, editor: LineEditor) async -> Bool {
        guard !Task.isCancelled else { return false }
        let prompt = question.hasSuffix(" ") ? question : question + " "
        guard case .line(let answer) = editor.readLine(prompt: prompt + "[y/N] ") else { return false }
        return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
    }
}
