import CEditLine
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A thin layer over libedit: reads a line with a prompt, with emacs key bindings,
/// history on Up/Down, Tab completion from a provider and Ctrl-C/Ctrl-D reported as values.
///
/// ```swift
/// let editor = LineEditor(history: history) { line, cursor in session.completions(line: line, cursor: cursor) }
/// switch editor.readLine(prompt: "assembla> ") {
/// case .line(let text): …
/// case .interrupted: continue
/// case .eof: return
/// }
/// ```
/// Reads are serialised by a lock; the libedit state is touched only inside them.
public final class LineEditor: @unchecked Sendable {
    /// Returns completion candidates for a line and a cursor (in grapheme clusters).
    public typealias CompletionProvider = @Sendable (_ line: String, _ cursor: Int) -> [String]

    private let lock = NSLock()
    private let editLine: OpaquePointer
    private let libeditHistory: OpaquePointer
    private let completionProvider: CompletionProvider?
    private var prompt: UnsafeMutablePointer<CChar>
    /// Where prompts and the line are drawn: stdout, or stderr when stdout is redirected.
    public let terminalDescriptor: Int32
    /// The recorded lines (what `save` writes).
    public private(set) var history: History

    /// Prepares libedit on the terminal, with a UTF-8 locale and the given history. It reads
    /// stdin and draws on stdout, or on stderr when stdout is not a terminal (so
    /// `assembla > log.txt` keeps prompts out of the file). Throws when libedit cannot start.
    public init(programName: String = "assembla", history: History = History(),
                completion: CompletionProvider? = nil) throws {
        _ = assembla_setlocale_utf8()
        Interrupts.install()
        terminalDescriptor = isatty(STDOUT_FILENO) == 1 ? STDOUT_FILENO : STDERR_FILENO
        guard let editLine = assembla_el_init(programName, terminalDescriptor == STDERR_FILENO ? 1 : 0) else {
            throw LineEditingError("libedit could not start on this terminal")
        }
        guard let libeditHistory = assembla_history_init(Int32(clamping: history.maxSize)) else {
            el_end(editLine)
            throw LineEditingError("libedit could not create a history")
        }
        self.editLine = editLine
        self.libeditHistory = libeditHistory
        self.completionProvider = completion
        self.history = history
        self.prompt = strdup("")
        for entry in history.entries { _ = assembla_history_enter(libeditHistory, entry) }
        configure()
    }

    deinit {
        el_end(editLine)
        history_end(libeditHistory)
        free(prompt)
    }

    /// Reads one line. Ctrl-C gives `.interrupted` (the partial line is dropped), Ctrl-D on
    /// an empty line `.eof`. Safe to call from any thread; SIGINT is delivered to it.
    public func readLine(prompt text: String) -> ReadResult {
        lock.lock()
        defer { lock.unlock() }
        free(prompt)
        prompt = strdup(text)
        _ = assembla_sigint_take()   // a Ctrl-C from before this read is not for it
        let wasBlocked = assembla_read_begin()
        var count: Int32 = 0
        let raw = el_gets(editLine, &count)
        let interrupted = assembla_sigint_take() != 0
        assembla_read_end(wasBlocked)
        if interrupted {
            writeToTerminal("^C\n")
            return .interrupted
        }
        guard let raw, count > 0 else { return .eof }
        var line = String(cString: raw)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    /// Records a line: in the history value (which filters secrets) and, when recorded,
    /// in libedit's list for Up/Down. Returns whether it was recorded.
    @discardableResult
    public func addHistory(_ line: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard history.add(line), let last = history.entries.last else { return false }
        _ = assembla_history_enter(libeditHistory, last)
        return true
    }

    private func configure() {
        _ = assembla_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        _ = assembla_el_set_editor(editLine, "emacs")
        _ = assembla_el_set_getc(editLine)
        _ = assembla_el_set_history(editLine, libeditHistory)
        _ = assembla_el_set_prompt(editLine) { editLine in
            guard let editLine, let editor = LineEditor.editor(of: editLine) else { return nil }
            return editor.prompt
        }
        _ = assembla_el_add_function(editLine, "assembla-complete", "Complete the word at the cursor") { editLine, _ in
            guard let editLine, let editor = LineEditor.editor(of: editLine) else { return UInt8(CC_ERROR) }
            return editor.complete()
        }
        _ = assembla_el_bind(editLine, "^I", "assembla-complete")
        _ = el_source(editLine, nil)   // the user's ~/.editrc, when there is one
    }

    private static func editor(of editLine: OpaquePointer) -> LineEditor? {
        guard let data = assembla_el_get_clientdata(editLine) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
    }

    /// Tab: complete the word at the cursor, or list the candidates when it is ambiguous.
    private func complete() -> UInt8 {
        guard let completionProvider else { return UInt8(CC_ERROR) }
        var length: Int32 = 0
        var utf8Cursor: Int32 = 0
        guard let bytes = assembla_el_line(editLine, &length, &utf8Cursor) else { return UInt8(CC_ERROR) }
        let raw = UnsafeRawBufferPointer(start: bytes, count: Int(length))
        let buffer = EditBuffer(text: String(decoding: raw, as: UTF8.self), utf8Cursor: Int(utf8Cursor))
        let completion = Completion(line: buffer.text, cursor: buffer.cursor,
                                    candidates: completionProvider(buffer.text, buffer.cursor))
        if let replacement = completion.replacement {
            el_deletestr(editLine, Int32(completion.word.unicodeScalars.count))
            guard el_insertstr(editLine, replacement) == 0 else { return UInt8(CC_ERROR) }
            return UInt8(CC_REFRESH)
        }
        guard completion.matches.count > 1 else { return UInt8(CC_REFRESH_BEEP) }
        writeToTerminal("\n" + CandidateList.render(completion.matches, width: terminalWidth()))
        return UInt8(CC_REDISPLAY)
    }

    private func terminalWidth() -> Int {
        var size = winsize()
        guard ioctl(terminalDescriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    /// Writes `text` where the prompt is drawn (not into a redirected stdout).
    public func writeToTerminal(_ text: String) {
        FileHandle(fileDescriptor: terminalDescriptor, closeOnDealloc: false).write(Data(text.utf8))
    }
}
