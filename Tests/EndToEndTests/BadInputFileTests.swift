import AssemblaSandbox
import Foundation
import Testing

extension EndToEnd {
    /// Issue 10: files as input and output — script paths, the config file, redirects, temp
    /// files — each bad case one plain sentence with the path.
    @Suite("bad files get one plain sentence")
    struct BadInputFileTests {
        @Test("a script path that is a directory, not UTF-8 or binary: exit 2, the path and where")
        func badScripts() async throws {
            let shell = try Shell()
            let directory = try await shell.run(["--sandbox", shell.home.work.path])
            #expect(directory.status == 2, "\(directory)")
            #expect(directory.stderr == "assembla: cannot read script \(shell.home.work.path): it is a directory\n", "\(directory)")
            let latin1 = shell.home.work.appendingPathComponent("latin1.asm")
            try Data("spaces\nme | get login # caf\u{e9}\n".utf8).write(to: latin1)
            try Data([0x73, 0x70, 0x61, 0x63, 0x65, 0x73, 0x0A, 0x6D, 0x65, 0x20, 0xE9, 0x0A]).write(to: latin1)
            let invalid = try await shell.run(["--sandbox", latin1.path])
            #expect(invalid.status == 2, "\(invalid)")
            #expect(invalid.stderr == "assembla: cannot read script \(latin1.path): it is not UTF-8 text (an invalid byte 0xE9 at line 2, byte 4)\n", "\(invalid)")
            let binary = shell.home.work.appendingPathComponent("binary.asm")
            try Data([0x73, 0x0A, 0x0A, 0x61, 0x62, 0x00, 0x01]).write(to: binary)
            let nul = try await shell.run(["--sandbox", binary.path])
            #expect(nul.status == 2, "\(nul)")
            #expect(nul.stderr == "assembla: cannot read script \(binary.path): it is a binary file (a NUL byte at line 3, byte 3)\n", "\(nul)")
            let missing = try await shell.run(["--sandbox", "nowhere.asm"])
            #expect(missing.stderr == "assembla: cannot read script nowhere.asm: no such file\n", "\(missing)")
        }

        @Test("/dev/null and a FIFO (`<(echo …)`) are scripts like any file")
        func devicesAndPipes() async throws {
            let shell = try Shell()
            let empty = try await shell.run(["--sandbox", "/dev/null"])
            #expect(empty.status == 0, "\(empty)")
            #expect(empty.stderr.isEmpty, "\(empty)")
            let result = try await ShellRun.run(URL(fileURLWithPath: "/bin/bash"),
                                                ["-c", "\"$0\" --sandbox <(echo 'spaces | count')", PackagePaths.binary("assembla").path],
                                                environment: shell.environment(), directory: shell.home.work)
            #expect(result.status == 0, "\(result)")
            #expect(result.stdout == "4\n", "\(result)")
        }

        @Test("a 1 MB unknown word: the echoed line and caret fit 80 columns, the message names a cut word")
        func hugeWord() async throws {
            let word = String(repeating: "x", count: 1_000_000)
            let result = try await Shell().run(["--sandbox"], input: "spaces | " + word + "\n")
            #expect(result.status == 2, "\(result.status)")
            #expect(result.stderr.utf8.count < 1_000, "\(result.stderr.utf8.count) bytes on stderr")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count >= 3)
            for line in lines.dropFirst().prefix(2) { #expect(line.count <= 80, "\(line)") }
            #expect(lines.first?.contains("unknown command `xxxx") == true, "\(lines.first ?? "")")
            #expect(lines.dropFirst(2).first?.contains("^~~~") == true, "\(result.stderr)")
        }

        @Test("a config path that is a directory, and an unterminated quote, are config errors naming the line")
        func badConfig() async throws {
            let shell = try Shell()
            try FileManager.default.createDirectory(at: shell.home.configFile, withIntermediateDirectories: true)
            try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: shell.home.configFile.path)
            let directory = try await shell.run(["-c", "me"])
            #expect(directory.status == 2, "\(directory)")
            #expect(directory.stderr.contains("cannot read the config file \(shell.home.configFile.path): it is a directory"), "\(directory)")
            #expect(!directory.stderr.contains("readable by others"), "\(directory)")
            let quoted = try Shell()
            try quoted.home.writeConfig("api_key = \"abc\napi_secret = s\n", mode: 0o600)
            let result = try await quoted.run(["-c", "me"])
            #expect(result.status == 2, "\(result)")
            #expect(result.stderr.contains("\(quoted.home.configFile.path):1: unterminated quote in the value of \"api_key\""), "\(result)")
        }

        @Test("two outputs in one statement are a usage error before anything runs", arguments: [
            "spaces | save a.csv > b.csv", "spaces | save a.csv | save b.csv", "spaces | save a.csv >> b.csv",
        ])
        func twoOutputs(statement: String) async throws {
            let shell = try Shell()
            let result = try await shell.run(["--sandbox", "-c", statement])
            #expect(result.status == 2, "\(result)")
            #expect(result.stderr.contains("a statement writes one output"), "\(result)")
            #expect(!FileManager.default.fileExists(atPath: shell.home.work.appendingPathComponent("a.csv").path))
            #expect(!FileManager.default.fileExists(atPath: shell.home.work.appendingPathComponent("b.csv").path))
        }

        @Test("`>>` CSV under a header with other columns is refused and leaves the file as it was; the same columns append")
        func appendOtherColumns() async throws {
            let shell = try Shell()
            let file = shell.home.work.appendingPathComponent("out.csv")
            let first = try await shell.run(["--sandbox", "-c", "spaces | select name > out.csv"])
            #expect(first.status == 0, "\(first)")
            let before = try String(contentsOf: file, encoding: .utf8)
            let other = try await shell.run(["--sandbox", "-c", "spaces | select name wiki_name >> out.csv"])
            #expect(other.status == 1, "\(other)")
            #expect(other.stderr.contains("cannot append to out.csv: its header is `name` but these rows have `name,wiki_name`"), "\(other)")
            #expect(try String(contentsOf: file, encoding: .utf8) == before)
            let same = try await shell.run(["--sandbox", "-c", "spaces | select name >> out.csv"])
            #expect(same.status == 0, "\(same)")
            #expect(try Data(contentsOf: file).filter { $0 == 10 }.count == 9)
        }

        @Test("a stale `.NAME.tmp-UUID` of ours is removed by the next write; a fresh one (a concurrent write) is kept")
        func staleTemporaries() async throws {
            let shell = try Shell()
            let stale = shell.home.work.appendingPathComponent(".out.csv.tmp-\(UUID().uuidString)")
            let fresh = shell.home.work.appendingPathComponent(".out.csv.tmp-\(UUID().uuidString)")
            let foreign = shell.home.work.appendingPathComponent(".out.csv.tmp-notours")
            for file in [stale, fresh, foreign] { try Data("partial".utf8).write(to: file) }
            let old = Date().addingTimeInterval(-3_600)
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: stale.path)
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: foreign.path)
            let result = try await shell.run(["--sandbox", "-c", "spaces > out.csv"])
            #expect(result.status == 0, "\(result)")
            #expect(!FileManager.default.fileExists(atPath: stale.path))
            #expect(FileManager.default.fileExists(atPath: fresh.path))
            #expect(FileManager.default.fileExists(atPath: foreign.path))
        }
    }
}
