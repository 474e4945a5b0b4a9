import Assembla
import Foundation
import Testing

/// The `assembla-sandbox` binary built by the main package (or `ASSEMBLA_SANDBOX`), running on
/// an ephemeral loopback port until `stop()`; `extraArguments` are its options (`--tickets 2000`,
/// `--request-log FILE`, …).
struct SandboxProcess {
    let process: Process
    let baseURL: URL

    static func start(_ extraArguments: [String] = []) throws -> SandboxProcess {
        let binary = ProcessInfo.processInfo.environment["ASSEMBLA_SANDBOX"] ?? mainPackageRoot()
            .appendingPathComponent(".build/debug/assembla-sandbox").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw SandboxFailure(message: "no sandbox binary at \(binary): run `swift build` in the main package first")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--port", "0"] + extraArguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while !line.contains(0x0A) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let first = String(decoding: line, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
        guard first.hasPrefix("listening on "), let url = URL(string: String(first.dropFirst("listening on ".count))) else {
            process.terminate()
            throw SandboxFailure(message: "the sandbox did not start: \(first)")
        }
        return SandboxProcess(process: process, baseURL: url)
    }

    /// A client with the sandbox's owner credentials, shaped by `configure`.
    func client(_ configure: (inout AssemblaConfiguration) -> Void = { _ in }) -> AssemblaClient {
        var configuration = AssemblaConfiguration(credentials: .apiKey(key: "sandbox-key", secret: "sandbox-secret"),
                                                  baseURL: baseURL)
        configure(&configuration)
        return AssemblaClient(configuration: configuration)
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }

    /// Tests/ConsumerPackage/Tests/ConsumerTests/ → the main package's root.
    static func mainPackageRoot() -> URL {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<5 { url.deleteLastPathComponent() }
        return url
    }
}

struct SandboxFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
