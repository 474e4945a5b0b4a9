import Foundation
import Testing
@testable import LineEditing

@Suite("History")
struct HistoryTests {
    @Test("records statements; never secrets, blank lines or lines starting with a space", arguments: [
        ("spaces", true),
        ("space \"Big Project\" | tickets status=Test", true),
        ("user \"Carla Díaz\"", true),
        ("help token", true),                                        // mentions, does not assign
        ("tickets | where summary ~ \"password reset\"", true),
        ("let token = \"abc123\"", false),
        ("set api_key=0123456789", false),
        ("API-SECRET: s3cr3t", false),
        ("password = hunter2", false),
        ("let apiSecret='x'", false),
        ("echo $ASSEMBLA_API_KEY", false),
        ("export ASSEMBLA_TOKEN=abc", false),
        ("assembla_api_secret", false),
        (" spaces", false),
        ("\tspaces", false),
        ("", false),
        ("   ", false),
    ])
    func recordsOrRefuses(line: String, expected: Bool) {
        var history = History()
        let recorded = history.add(line)
        #expect(recorded == expected)
        #expect(history.entries == (expected ? [line] : []))
    }

    @Test("collapses consecutive repeats and keeps at most maxSize, dropping the oldest")
    func dedupeAndLimit() {
        var history = History(maxSize: 3)
        for line in ["a", "a", "b", "a", "c", "d"] { history.add(line) }
        #expect(history.entries == ["a", "c", "d"])
        #expect(History(maxSize: 5, entries: ["x", "x", "y"]).entries == ["x", "y"])
    }

    @Test("trailing white space is not kept, so a line and its completed twin are one entry")
    func trailingSpace() {
        var history = History()
        history.add("spaces | count ")
        history.add("spaces | count")
        #expect(history.entries == ["spaces | count"])
    }

    @Test("a multi-line statement is one entry")
    func multiLine() {
        var history = History()
        history.add("spaces |\ncount")
        #expect(history.entries == ["spaces | count"])
    }

    @Test("saves atomically with mode 0600 and loads back; no temporary file is left")
    func saveAndLoad() throws {
        let directory = try TemporaryDirectory()
        let url = directory.url.appendingPathComponent("state/assembla/history")
        var history = History(maxSize: 10)
        history.add("spaces")
        history.add("user \"Carla Díaz\"")
        try history.save(to: url)
        #expect(try History.load(from: url, maxSize: 10) == history)
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
            == ["history"])
        #expect(try String(contentsOf: url, encoding: .utf8) == "spaces\nuser \"Carla Díaz\"\n")
    }

    @Test("saving replaces the file as a whole: an open reader keeps the old contents")
    func replacesByRename() throws {
        let directory = try TemporaryDirectory()
        let url = directory.url.appendingPathComponent("history")
        try History(entries: ["old"]).save(to: url)
        let reader = try FileHandle(forReadingFrom: url)
        defer { try? reader.close() }
        try History(entries: ["new", "newer"]).save(to: url)
        #expect(String(decoding: try reader.readToEnd() ?? Data(), as: UTF8.self) == "old\n")
        #expect(try History.load(from: url).entries == ["new", "newer"])
    }

    @Test("loading a missing file gives an empty history; secrets in a file are dropped")
    func loadFiltering() throws {
        let directory = try TemporaryDirectory()
        let missing = directory.url.appendingPathComponent("none")
        #expect(try History.load(from: missing).entries.isEmpty)
        let url = directory.url.appendingPathComponent("history")
        try "spaces\ntoken=abc\nspaces\n count\nme\n".write(to: url, atomically: true, encoding: .utf8)
        #expect(try History.load(from: url, maxSize: 2).entries == ["spaces", "me"])
    }

    @Test("saving into an unwritable place fails with the path in the message")
    func saveFailure() throws {
        let directory = try TemporaryDirectory()
        let blocker = directory.url.appendingPathComponent("file")
        try Data().write(to: blocker)
        let error = #expect(throws: LineEditingError.self) {
            try History(entries: ["x"]).save(to: blocker.appendingPathComponent("history"))
        }
        #expect(error?.message.contains(blocker.path) == true)
    }

    @Test("default location follows XDG_STATE_HOME, else ~/.local/state", arguments: [
        (["XDG_STATE_HOME": "/x/state", "HOME": "/h"], "/x/state/assembla/history"),
        (["HOME": "/h"], "/h/.local/state/assembla/history"),
        (["XDG_STATE_HOME": "relative", "HOME": "/h"], "/h/.local/state/assembla/history"),
    ])
    func defaultURL(environment: [String: String], path: String) {
        #expect(History.defaultURL(environment: environment).path == path)
    }
}

/// A directory removed when the value goes away.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("line-editing-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
