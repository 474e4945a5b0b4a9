import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The built `assembla-sandbox` binary running as its own process on an ephemeral port, for
/// tests that need a server outside the test process (end-to-end runs, the executable's own
/// tests). The port comes from `--port-file`, written atomically once the server listens, so
/// nothing parses the banner. (Tests/ConsumerPackage keeps a copy of the few lines it needs:
/// it is a separate package that depends on the `Assembla` product alone.)
public struct SandboxProcess: @unchecked Sendable {
    /// The running process.
    public let process: ChildProcess
    /// The address it binds (`--host`).
    public let host: String
    /// The port it listens on.
    public let port: Int
    /// Its standard output (the banner: `listening on URL`, then `export` lines).
    public let output: FileHandle
    /// Its standard error (`stopped (signal N)` on the way out).
    public let errors: FileHandle

    /// `http://HOST:PORT` (the host bracketed when it is IPv6).
    public var baseURL: URL {
        URL(string: "http://\(host.contains(":") ? "[\(host)]" : host):\(port)")!
    }

    /// `.build/debug/assembla-sandbox` of the package this file belongs to.
    public static var binary: URL { packageRoot.appendingPathComponent(".build/debug/assembla-sandbox") }

    /// The package root: the first directory above this file holding Package.swift.
    public static let packageRoot: URL = {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) { return directory }
            directory = directory.deletingLastPathComponent()
        }
        return directory
    }()

    /// Starts the binary on an ephemeral port of `host` with `arguments` (`--tickets 600`,
    /// `--max-per-page 7`, …) and returns once it listens.
    /// - Throws: ``SandboxProcessFailure`` when the binary is missing or exits before listening
    ///   (with what it printed to standard error).
    public static func start(_ arguments: [String] = [], host: String = "127.0.0.1") throws -> SandboxProcess {
        try requireBinary()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sandbox-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let portFile = directory.appendingPathComponent("port")
        let process = try ChildProcess.spawn(binary.path, ["--host", host, "--port", "0", "--port-file", portFile.path] + arguments)
        guard let output = process.standardOutput, let errors = process.standardError else {
            throw SandboxProcessFailure(message: "assembla-sandbox started without its output pipes")
        }
        let deadline = Date().addingTimeInterval(120)  // a startup bound, not a timing assertion
        while Date() < deadline {
            if let text = try? String(contentsOf: portFile, encoding: .utf8),
               let port = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return SandboxProcess(process: process, host: host, port: port, output: output, errors: errors)
            }
            if let ended = process.termination {
                let said = String(decoding: errors.readDataToEndOfFile(), as: UTF8.self)
                throw SandboxProcessFailure(message: "assembla-sandbox exited (\(ended.shellStatus)) before listening: \(said)")
            }
            usleep(10_000)
        }
        process.send(SIGTERM)
        process.wait()
        throw SandboxProcessFailure(message: "assembla-sandbox did not write its port file within 120 s")
    }

    /// Runs the binary with `arguments` until it exits (options it refuses, startup failures).
    /// - Parameter fileLimit: the most file descriptors it may have open (`ulimit -n`), if any.
    public static func runToExit(_ arguments: [String], fileLimit: Int? = nil) async throws -> (status: Int32, stdout: String, stderr: String) {
        try requireBinary()
        let process: ChildProcess
        if let fileLimit {
            process = try ChildProcess.spawn("/bin/sh", ["-c", "ulimit -n \(fileLimit) && exec \"$0\" \"$@\"", binary.path] + arguments)
        } else {
            process = try ChildProcess.spawn(binary.path, arguments)
        }
        let (stdout, stderr) = await process.readOutputs()
        let status = process.wait().shellStatus
        return (status, stdout, stderr)
    }

    /// The first line of standard output (the banner's `listening on URL`).
    public func firstLine() -> String {
        var line = Data()
        while true {
            let byte = output.readData(ofLength: 1)
            if byte.isEmpty || byte == Data("\n".utf8) { break }
            line.append(byte)
        }
        return String(decoding: line, as: UTF8.self)
    }

    /// Sends `signal` (SIGTERM by default) and waits for the process to exit.
    public func stop(signal: Int32 = SIGTERM) {
        process.send(signal)
        process.wait()
    }

    private static func requireBinary() throws {
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw SandboxProcessFailure(message: "\(binary.path) does not exist: run `swift build` before `swift test`")
        }
    }
}

/// The sandbox binary could not be started.
public struct SandboxProcessFailure: Error, CustomStringConvertible {
    /// What went wrong.
    public let message: String
    /// The message.
    public var description: String { message }
}

