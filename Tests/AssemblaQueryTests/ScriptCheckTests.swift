import Foundation
@testable import AssemblaQuery
import Testing

/// Issue 7 §5 and issue 10: everything that needs no network is checked before the first
/// statement runs; strings and file names interpolate `$1` and `$name`.
@Suite("Scripts are checked whole, then run")
struct ScriptCheckTests {
    @Test("a usage error on a later line runs nothing: no request, no ticket created", arguments: [
        ("first ‸abc", "`first` needs a whole number"),
        ("sort ‸nmae", "unknown field `nmae`"),
        ("where ‸nmae=x", "unknown field `nmae`"),
        ("select name ‸$9", "missing script argument `$9`"),
        ("where name=\"a ‸$9\"", "missing script argument `$9`"),
        ("get ‸$nope", "undefined variable `$nope`"),
    ])
    func laterLineErrors(_ stage: String, _ message: String) async throws {
        try await SandboxHarness.with(SessionOptions(assumeYes: true, arguments: ["x"])) { h in
            let create = "space \"Big Project\" | create ticket summary=\"should never exist\""
            let marked = "\(create)\nspaces | \(stage)"
            let source = marked.replacingOccurrences(of: "‸", with: "")
            let line2 = marked.split(separator: "\n")[1]
            let column = line2.distance(from: line2.startIndex, to: line2.firstIndex(of: "‸")!) + 1
            await h.server.resetRequestLog()
            let failure = await h.failure(source, origin: .file("report.asm"))
            #expect(failure?.exitCode == 2)
            #expect(failure?.rendered.hasPrefix("report.asm:2:\(column): error: \(message)") == true, "\(failure?.rendered ?? "")")
            #expect(await h.requests().isEmpty, "nothing ran")
        }
    }

    @Test("a script that uses $1 without arguments fails before its first statement writes a file")
    func missingArgument() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("first.csv").path
        try await SandboxHarness.with { h in
            await h.server.resetRequestLog()
            let failure = await h.failure("spaces > \(file)\nspace $1 | tickets | count", origin: .file("r.asm"))
            #expect(failure?.exitCode == 2)
            #expect(failure?.rendered.hasPrefix("r.asm:2:7: error: missing script argument `$1`") == true, "\(failure?.rendered ?? "")")
            #expect(!FileManager.default.fileExists(atPath: file))
            #expect(await h.requests().isEmpty)
        }
    }

    @Test("strings interpolate $N and $name, \\$ is a dollar; redirect targets too, quoted or bare")
    func interpolation() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("interp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try await SandboxHarness.with(SessionOptions(arguments: ["Big", "weekly"])) { h in
            #expect(await h.output("spaces name=\"$1 Project\" | get name") == "Big Project\n")
            #expect(await h.output("let n = spaces | count\nspaces name=\"${1} Project\" | where name!=\"\\$n\" | get wiki_name")
                    == "big-project\n")
            #expect(await h.output("spaces name~\"$1\" | count") == "2\n")
            await h.output("spaces name=\"$1 Project\" | select name > \"\(directory.path)/$2-report.csv\"")
            let quoted = directory.appendingPathComponent("weekly-report.csv").path
            #expect(FileManager.default.contents(atPath: quoted).map { String(decoding: $0, as: UTF8.self) } == "name\r\nBig Project\r\n")
            await h.output("let n = spaces | count\nspaces | count > \(directory.path)/$2-$n.txt")
            #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("weekly-4.txt").path))
            let literal = directory.appendingPathComponent("$2.txt").path
            await h.output("spaces | count > \"\(directory.path)/\\$2.txt\"")
            #expect(FileManager.default.fileExists(atPath: literal))
        }
    }
}
