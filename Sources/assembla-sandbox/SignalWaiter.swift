import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The write end of the self-pipe the signal handler writes to: set once, before any handler is
/// installed, so the handler only reads it and calls `write` (async-signal-safe).
nonisolated(unsafe) private var signalPipeWriteEnd: Int32 = -1

/// Turns SIGINT/SIGTERM into an awaitable event: a `sigaction` handler writes the signal number
/// to a pipe, and a blocking read on another thread hands it over. Nothing is lost whichever
/// thread the kernel delivers the signal to. Create one per process.
struct SignalWaiter {
    /// Why the waiter could not be set up.
    struct Failure: Error, CustomStringConvertible {
        /// The `errno` of the failed `pipe()`.
        let code: Int32
        var description: String {
            "cannot create a pipe to wait for signals: \(String(cString: strerror(code))) (errno \(code))"
        }
    }

    private let readEnd: Int32

    /// Installs handlers for `signals`.
    /// - Throws: ``Failure`` when the pipe cannot be created (e.g. no file descriptor left).
    init(signals: [Int32]) throws(Failure) {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw Failure(code: errno) }
        readEnd = fds[0]
        signalPipeWriteEnd = fds[1]
        for number in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                var byte = UInt8(truncatingIfNeeded: number)
                _ = write(signalPipeWriteEnd, &byte, 1)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_RESTART
            sigaction(number, &action, nil)
        }
    }

    /// Waits for the first of the signals and returns its number.
    func next() async -> Int32 {
        let readEnd = readEnd
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                var byte: UInt8 = 0
                while read(readEnd, &byte, 1) < 0 && errno == EINTR {}
                continuation.resume(returning: Int32(byte))
            }
        }
    }
}
