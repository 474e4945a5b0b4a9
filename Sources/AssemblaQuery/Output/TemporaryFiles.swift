import Foundation

/// The `.NAME.tmp-UUID` files `AtomicFileWriter` writes before renaming them over a target:
/// removed when the process is interrupted (SIGINT, SIGTERM) in the middle of a write, and,
/// when one was left anyway (SIGKILL, a power cut), removed by the next write to that target.
public enum TemporaryFiles {
    /// A temporary file untouched this long belongs to no running write.
    static let staleAge: TimeInterval = 60

    /// The name every temporary file of `target` starts with.
    static func prefix(for target: String) -> String { "." + target + ".tmp-" }

    /// Paths being written now, as C strings a signal handler can pass to `unlink`.
    nonisolated(unsafe) private static var slots = [UnsafeMutablePointer<CChar>?](repeating: nil, count: 16)
    private static let lock = NSLock()

    static func register(_ path: String) {
        lock.withLock {
            if let free = slots.firstIndex(where: { $0 == nil }) { slots[free] = strdup(path) }
        }
    }

    static func unregister(_ path: String) {
        lock.withLock {
            for index in slots.indices {
                if let slot = slots[index], String(cString: slot) == path {
                    slots[index] = nil
                    free(slot)
                }
            }
        }
    }

    /// Removes the temporary files of writes in progress. Async-signal-safe enough for a
    /// handler: only `unlink` on strings allocated before the signal.
    static func removeInProgress() {
        for slot in slots { if let slot { unlink(slot) } }
    }

    /// The same sweep limited to `directory` (tests, which run beside other writes).
    static func removeInProgress(in directory: String) {
        lock.withLock {
            for slot in slots { if let slot, String(cString: slot).hasPrefix(directory + "/") { unlink(slot) } }
        }
    }

    /// Installs handlers for SIGTERM (and SIGINT when `interrupt` is true) that remove the
    /// temporary files of writes in progress, then die of the same signal.
    /// - Parameter interrupt: false in the REPL, whose line editor owns SIGINT.
    public static func removeOnTermination(interrupt: Bool) {
        let handler: @convention(c) (Int32) -> Void = { signalNumber in
            TemporaryFiles.removeInProgress()
            signal(signalNumber, SIG_DFL)
            raise(signalNumber)
        }
        signal(SIGTERM, handler)
        if interrupt { signal(SIGINT, handler) }
    }

    /// Removes temporary files of `target` in `directory` older than `staleAge` (left by a
    /// killed process); a concurrent write's fresh file is left alone.
    static func removeStale(besides target: String, in directory: String) {
        let prefix = prefix(for: target)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        let now = Date()
        for name in names where name.hasPrefix(prefix) && UUID(uuidString: String(name.dropFirst(prefix.count))) != nil {
            let path = directory + "/" + name
            guard let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
                  now.timeIntervalSince(modified) > staleAge else { continue }
            unlink(path)
        }
    }
}
