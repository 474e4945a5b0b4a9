import Foundation
import Testing

/// Where the package and its built binaries are (found from this file's path).
enum PackagePaths {
    /// The package root: the first directory above this file holding Package.swift.
    static let root: URL = {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                return directory
            }
            directory = directory.deletingLastPathComponent()
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    /// A built binary in `.build/debug/`; records a clear issue when it was not built.
    static func binary(_ name: String) throws -> URL {
        let url = root.appendingPathComponent(".build/debug/\(name)")
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            Issue.record("\(url.path) does not exist: run `swift build` (scripts/test does) before `swift test`")
            throw MissingBinary(path: url.path)
        }
        return url
    }

    /// The example scripts (`scripts/examples/*.asm`), sorted.
    static func exampleScripts() throws -> [URL] {
        let directory = root.appendingPathComponent("scripts/examples")
        return try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "asm" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}

/// A binary the tests need was not built.
struct MissingBinary: Error, CustomStringConvertible {
    let path: String
    var description: String { "missing binary \(path)" }
}
