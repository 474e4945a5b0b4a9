import Foundation

/// The ordered record of every request a server answered (``SandboxServer/requests()``),
/// also appended line by line to ``SandboxConfiguration/requestLogPath`` when one is set.
actor RequestLog {
    private(set) var records: [SandboxRequestRecord] = []
    private let file: FileHandle?

    /// - Parameter path: the file to append one line per request to (created if missing).
    /// - Throws: ``SandboxError`` when the file cannot be opened for writing.
    init(path: String? = nil) throws {
        guard let path else {
            file = nil
            return
        }
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw SandboxError(message: "cannot write the request log \(path)")
            }
        }
        guard let handle = FileHandle(forWritingAtPath: path) else { throw SandboxError(message: "cannot write the request log \(path)") }
        handle.seekToEndOfFile()
        file = handle
    }

    func append(_ record: SandboxRequestRecord) {
        records.append(record)
        // Written straight to the descriptor (no buffer): a reader sees every answered request.
        file?.write(Data((record.logLine + "\n").utf8))
    }

    func reset() { records.removeAll() }
}
