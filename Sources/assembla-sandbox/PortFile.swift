import Foundation

/// `--port-file`: the port as one line, written to a temporary file beside the target and
/// renamed over it, so a reader sees the whole line or no file at all.
enum PortFile {
    /// Writes `port` to `path` atomically.
    /// - Throws: the file system's error when the directory cannot be written.
    static func write(_ port: Int, to path: String) throws {
        try Data("\(port)\n".utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
