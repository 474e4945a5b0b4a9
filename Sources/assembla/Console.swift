import Foundation

/// Standard output and error, and what the terminal allows (colours, width).
enum Console {
    /// Writes `text` to standard output, unbuffered. A failed write (a full disk, a closed
    /// descriptor) says so on standard error and exits 1; a reader that went away (EPIPE)
    /// ends the process by SIGPIPE (status 141 in a shell), like any Unix filter.
    static func standardOutput(_ text: String) {
        write(text, to: STDOUT_FILENO, named: "standard output")
    }

    /// Writes `text` to standard error, unbuffered; exits 1 when that fails (nowhere is left
    /// to report it), by SIGPIPE when the reader went away.
    static func standardError(_ text: String) {
        write(text, to: STDERR_FILENO, named: "standard error")
    }

    /// Standard output or error that was closed at start (`>&-`): reserved on /dev/null so no
    /// file or socket opened later takes its number, and every write to it fails (exit 1).
    nonisolated(unsafe) private static var closedAtStart: Set<Int32> = []

    /// Call first thing in `main`, before anything opens a file.
    static func reserveClosedStandardStreams() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let opened = open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY)
            if opened >= 0, opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
            if descriptor != STDIN_FILENO { closedAtStart.insert(descriptor) }
        }
    }

    private static func write(_ text: String, to descriptor: Int32, named name: String) {
        if closedAtStart.contains(descriptor) {
            if descriptor != STDERR_FILENO {
                Self.write("assembla: cannot write to \(name): it is closed\n", to: STDERR_FILENO, named: "standard error")
            }
            Foundation.exit(1)
        }
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Foundation.write(descriptor, base + offset, buffer.count - offset)
            }
            if written > 0 {
                offset += written
                continue
            }
            let code = written < 0 ? errno : EIO
            if code == EINTR || code == EAGAIN { continue }
            if code == EPIPE {
                signal(SIGPIPE, SIG_DFL)
                raise(SIGPIPE)
            }
            if descriptor != STDERR_FILENO {
                Self.write("assembla: cannot write to \(name): \(String(cString: strerror(code)))\n", to: STDERR_FILENO,
                           named: "standard error")
            }
            Foundation.exit(1)
        }
    }

    /// Colours only on a terminal, never to a pipe or file, and never with `NO_COLOR` set
    /// (any value, https://no-color.org) or `TERM=dumb`.
    static func useColor(environment: [String: String], isTerminal: Bool = isatty(STDOUT_FILENO) == 1) -> Bool {
        guard isTerminal else { return false }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }

    /// The terminal's width when standard output is a terminal; nil otherwise.
    static func terminalWidth() -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
