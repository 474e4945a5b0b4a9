import Dispatch
import Foundation

/// Turns SIGINT/SIGTERM into an awaitable event (the default handlers are replaced, so the
/// process can stop its server before exiting with status 0).
final class SignalWaiter {
    private let stream: AsyncStream<Int32>
    private let sources: [any DispatchSourceSignal]

    init(signals: [Int32]) {
        let (stream, continuation) = AsyncStream<Int32>.makeStream()
        self.stream = stream
        self.sources = signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { continuation.yield(number) }
            source.resume()
            return source
        }
    }

    /// Waits for the first of the signals and returns its number.
    func next() async -> Int32 {
        for await number in stream { return number }
        return 0
    }
}
