import Foundation
@testable import AssemblaSandbox

/// The recorded real Assembla exchanges in `Tests/Recordings/` (found from this file's path).
enum Recordings {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            let candidate = url.appendingPathComponent("Tests/Recordings")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("INDEX.md").path) { return candidate }
        }
        fatalError("Tests/Recordings not found above \(#filePath)")
    }()

    /// The response body of the last interaction in `file` (e.g. `spaces/get.json`); for a list,
    /// its first element.
    static func object(_ file: String) throws -> JSONValue {
        let data = try Data(contentsOf: root.appendingPathComponent(file))
        guard case .array(let interactions)? = JSONValue.parse(data), let last = interactions.last,
              let body = last["response_body"] else {
            throw RecordingError(file: file)
        }
        if case .array(let items) = body {
            guard let first = items.first else { throw RecordingError(file: file) }
            return first
        }
        return body
    }

    struct RecordingError: Error, CustomStringConvertible {
        let file: String
        var description: String { "no recorded object in \(file)" }
    }
}
