import Foundation

/// Writes files so that readers see the old content or the whole new content, never a part:
/// a temporary file in the same directory, `fsync`, then `rename` over the target.
///
/// A symbolic link is followed: its target is replaced and the link stays. A target that is
/// not a regular file (`/dev/null`, `/dev/stdout`, a FIFO, a socket) is written in place,
/// since renaming over it would replace the device or pipe with a plain file.
enum AtomicFileWriter {
    /// A failure with the reason in one line.
    struct Failure: Error, Sendable {
        let reason: String
    }

    /// Replaces (or, with `append`, extends) the file at `path` with `text` atomically.
    static func write(_ text: String, to path: String, append: Bool) throws(Failure) {
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        var status = stat()
        if stat(target.path, &status) == 0, (status.st_mode & S_IFMT) != S_IFREG {
            if (status.st_mode & S_IFMT) == S_IFDIR { throw Failure(reason: "\(path) is a directory") }
            try writeInPlace(Data(text.utf8), to: target.path, append: append)
            return
        }
        var data = Data()
        if append, let old = FileManager.default.contents(atPath: target.path) { data.append(old) }
        data.append(Data(text.utf8))
        let directory = target.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure(reason: "no such directory \(directory)")
        }
        TemporaryFiles.removeStale(besides: target.lastPathComponent, in: directory)
        let temporary = directory + "/" + TemporaryFiles.prefix(for: target.lastPathComponent) + UUID().uuidString
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        TemporaryFiles.register(temporary)
        defer { TemporaryFiles.unregister(temporary) }
        var failure = writeAll(data, to: descriptor)
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        if failure == nil, let mode = try? FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? NSNumber {
            chmod(temporary, mode_t(mode.uint16Value))
        }
        if failure == nil, rename(temporary, target.path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw Failure(reason: failure)
        }
    }

    /// The first line of the file at `path` (without its line break, at most 64 KiB), or nil
    /// when the file is absent or empty: the header a `>>` append must match.
    static func firstLine(ofFileAt path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: 65_536), !data.isEmpty else { return nil }
        var line = data.prefix { $0 != 10 }
        if line.last == 13 { line = line.dropLast() }
        return String(decoding: line, as: UTF8.self)
    }

    /// Writes to a device, FIFO or socket as it is (truncating or appending as asked).
    private static func writeInPlace(_ data: Data, to path: String, append: Bool) throws(Failure) {
        let descriptor = open(path, O_WRONLY | (append ? O_APPEND : O_TRUNC))
        guard descriptor >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        let failure = writeAll(data, to: descriptor)
        close(descriptor)
        if let failure { throw Failure(reason: failure) }
    }

    /// Writes every byte, retrying on `EINTR`; returns the error text of a failure.
    private static func writeAll(_ data: Data, to descriptor: Int32) -> String? {
        data.withUnsafeBytes { buffer -> String? in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return nil
        }
    }
}
