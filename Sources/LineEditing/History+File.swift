import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension History {
    /// The default history file: `$XDG_STATE_HOME/assembla/history`, else
    /// `~/.local/state/assembla/history`.
    public static func defaultURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let state: URL
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            state = URL(fileURLWithPath: xdg, isDirectory: true)
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            state = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".local/state")
        }
        return state.appendingPathComponent("assembla/history")
    }

    /// Reads a history file (one entry per line); a missing file gives an empty history.
    /// Secret lines that got there somehow are dropped on the way in.
    public static func load(from url: URL, maxSize: Int = 1000) throws -> History {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch let error as CocoaError where error.code == .fileReadNoSuchFile {
            return History(maxSize: maxSize)
        } catch {
            throw LineEditingError("cannot read history \(url.path): \(error.localizedDescription)")
        }
        let text = String(decoding: data, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        return History(maxSize: maxSize, entries: lines)
    }

    /// Writes the history atomically: a temporary file in the same directory (mode 0600),
    /// flushed to disk, then renamed over `url`, so a hang-up never leaves it truncated.
    /// Creates the directory when missing.
    public func save(to url: URL) throws {
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw LineEditingError("cannot create \(directory.path): \(error.localizedDescription)")
        }
        let text = entries.map { $0 + "\n" }.joined()
        try AtomicFile.replace(url, with: Array(text.utf8))
    }
}

/// Writes a file through a temporary sibling and `rename(2)`.
enum AtomicFile {
    static func replace(_ url: URL, with bytes: [UInt8]) throws {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { throw failure("cannot create", temporary) }
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                let error = failure("cannot write", temporary)
                close(descriptor)
                unlink(temporary.path)
                throw error
            }
            written += result
        }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard synced, rename(temporary.path, url.path) == 0 else {
            let error = failure("cannot replace", url)
            unlink(temporary.path)
            throw error
        }
    }

    private static func failure(_ what: String, _ url: URL) -> LineEditingError {
        LineEditingError("\(what) \(url.path): \(String(cString: strerror(errno)))")
    }
}
