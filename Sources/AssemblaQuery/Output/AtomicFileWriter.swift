import Foundation

/// Writes files so that readers see the old content or the whole new content, never a part:
/// a temporary file in the same directory, `fsync`, then `rename` over the target.
enum AtomicFileWriter {
    /// A failure with the reason in one line.
    struct Failure: Error, Sendable {
        let reason: String
    }

    /// Replaces (or, with `append`, extends) the file at `path` with `text` atomically.
    static func write(_ text: String, to path: String, append: Bool) throws(Failure) {
        let url = URL(fileURLWithPath: path)
        var data = Data()
        if append, let old = FileManager.default.contents(atPath: path) { data.append(old) }
        data.append(Data(text.utf8))
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Failure(reason: "no such directory \(directory)")
        }
        let temporary = directory + "/." + url.lastPathComponent + ".tmp-" + UUID().uuidString
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        var failure: String?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        if failure == nil, let mode = try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber {
            chmod(temporary, mode_t(mode.uint16Value))
        }
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw Failure(reason: failure)
        }
    }
}
