import Foundation

/// Reads a script named on the command line: a regular file, a FIFO (`<(echo …)`), a device
/// (`/dev/null`, `/dev/stdin`). Every failure is one plain sentence with the path, and the
/// line and byte where the text stops being a script (invalid UTF-8, a NUL byte).
enum ScriptReader {
    /// A script that cannot be read, in one sentence.
    struct Failure: Error, Sendable {
        let message: String
    }

    /// The text of the script at `path`.
    static func read(_ path: String) throws(Failure) -> String {
        var status = stat()
        guard stat(path, &status) == 0 else { throw Failure(message: "cannot read script \(path): \(reason(errno))") }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw Failure(message: "cannot read script \(path): it is a directory") }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw Failure(message: "cannot read script \(path): \(reason(errno))") }
        defer { close(descriptor) }
        return try read(descriptor: descriptor, path: path)
    }

    /// The text read from `descriptor` to its end (`path` names it in a failure).
    static func read(descriptor: Int32, path: String) throws(Failure) -> String {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(message: "cannot read script \(path): \(reason(errno))")
            }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return try text(bytes, path: path)
    }

    /// `bytes` as UTF-8 text, or a failure naming the line and byte of the first NUL or
    /// invalid sequence.
    static func text(_ bytes: [UInt8], path: String) throws(Failure) -> String {
        if let nul = bytes.firstIndex(of: 0) {
            let (line, column) = position(of: nul, in: bytes)
            throw Failure(message: "cannot read script \(path): it is a binary file (a NUL byte at line \(line), byte \(column))")
        }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: break loop
            case .error:
                let (line, column) = position(of: offset, in: bytes)
                throw Failure(message: "cannot read script \(path): it is not UTF-8 text (an invalid byte 0x\(String(bytes[min(offset, bytes.count - 1)], radix: 16, uppercase: true)) at line \(line), byte \(column))")
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// 1-based line and byte-in-line of `offset`.
    private static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, byte: Int) {
        let before = bytes[..<offset]
        let line = before.count(where: { $0 == 10 }) + 1
        let lineStart = before.lastIndex(of: 10).map { $0 + 1 } ?? 0
        return (line, offset - lineStart + 1)
    }

    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file"
        case EACCES: return "permission denied"
        default: return String(cString: strerror(code))
        }
    }
}
