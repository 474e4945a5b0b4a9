import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The write and read ends of the self-pipe the signal handler writes to (created before any
/// handler is installed, so the handler only calls `write`, which is async-signal-safe).
private let signalPipe: (read: Int32, write: Int32) = {
    var fds: [Int32] = [-1, -1]
    guard pipe(&fds) == 0 else { fatalError("assembla-sandbox: cannot create a pipe: errno \(errno)") }
    return (fds[0], fds[1])
}()

/// Turns SIGINT/SIGTERM into an awaitable event: a `sigaction` handler writes the signal number
/// to a pipe, and a blocking read on another thread hands it over. Nothing is lost whichever
/// thread the kernel delivers the signal to.
struct SignalWaiter {
    init(signals: [Int32]) {
        _ = signalPipe
        for number in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                var byte = UInt8(truncatingIfNeeded: number)
                _ = write(signalPipe.write, &byte, 1)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_RESTART
            sigaction(number, &action, nil)
        }
    }

    /// Waits for the first of the signals and returns its number.
    func next() async -> Int32 {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                var byte: UInt8 = 0
                while read(signalPipe.read, &byte, 1) < 0 && errno == EINTR {}
                continuation.resume(returning: Int32(byte))
            }
        }
    }
}
