import Foundation
@testable import AssemblaQuery
import Testing

@Suite("Scripts, files and failures over the sandbox")
struct ScriptTests {
    static let examples: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url.appendingPathComponent("scripts/examples")
    }()

    static var exampleNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? []).filter { $0.hasSuffix(".asm") }.sorted()
    }

    @Test("every example script runs and prints the seeded data")
    func examplesRun() async throws {
        #expect(ScriptTests.exampleNames.count >= 10)
        let expectations: [String: [String]] = [
            "basic.asm": ["Test\n"],
            "spaces.asm": ["Big Project", "Website Redesign", "Release Candidate 1", "400", "John Smith", "jsmith"],
            "milestones.asm": ["Release Candidate 1", "301", "John Smith"],
            "users.asm": ["jsmith", "Test"],
            "tickets.asm": ["201", "Code Review", "John Smith"],
            "tasks.asm": ["space", "hours", "Big Project"],
            "stream.asm": ["date", "author", "operation", "title", "url"],
            "cache.asm": [],
            "space-api.asm": ["Big Project", "updated 1 space", "copied space \"Big Project\" to \"Big Project 2\"",
                              "created space \"Scratch\"", "deleted space \"Scratch\"", "GitTool", "updated 1 tool",
                              "added tool Time", "added mjones", "Mary Jones", "removed mjones"],
            "demo.asm": ["alice", "Test", "Release Candidate 1", "| title |", "\"author\""],
        ]
        for name in ScriptTests.exampleNames {
            let source = try String(contentsOf: ScriptTests.examples.appendingPathComponent(name), encoding: .utf8)
            try await SandboxHarness.with { h in
                let (result, output) = await h.run(source, origin: .file(name))
                if case .failed(let failure) = result { Issue.record("\(name) failed:\n\(failure.rendered)") }
                for expected in expectations[name] ?? [] {
                    #expect(output.contains(expected), "\(name) prints \(expected)")
                }
            }
        }
    }

    @Test("a parse error on line 3 runs nothing and points at line 3")
    func parseErrorRunsNothing() async throws {
        try await SandboxHarness.with { h in
            await h.server.resetRequestLog()
            let failure = await h.failure("spaces > /tmp/never-written-\(UUID().uuidString)\nme\nspace \"Big Project\" | tickets status=", origin: .file("broken.asm"))
            #expect(failure?.exitCode == 2)
            #expect(failure?.rendered.hasPrefix("broken.asm:3:38: error: expected a value after `=`, found end of input") == true)
            #expect(await h.requests().isEmpty)
            #expect(h.collected.output.isEmpty)
        }
    }

    @Test("a runtime error stops the script at the failing statement and points at its stage")
    func runtimeErrorStops() async throws {
        try await SandboxHarness.with { h in
            let (result, output) = await h.run("spaces | count\nspace \"Big Project\" | milestone \"Nope\" | tickets\nme", origin: .file("stop.asm"))
            guard case .failed(let failure) = result else { Issue.record("should fail"); return }
            #expect(failure.exitCode == 1)
            #expect(failure.rendered.hasPrefix("stop.asm:2:33: error: milestone \"Nope\" not found"))
            #expect(failure.rendered.contains("hint:"))
            #expect(output == "4\n")
        }
    }

    @Test("redirects write atomically; a failing statement leaves the file untouched")
    func redirects() async throws {
        let directory = try AtomicFileWriterTests.temporaryDirectory()
        try await SandboxHarness.with { h in
            let csv = directory + "/spaces.csv"
            await h.output("spaces | select name wiki_name > \(csv)")
            #expect(try String(contentsOfFile: csv, encoding: .utf8) ==
                    "name,wiki_name\r\nBig Project,big-project\r\nWebsite Redesign,website-redesign\r\nMobile App,mobile-app\r\nBig Project Archive,big-project-archive\r\n")
            await h.output("space \"Mobile App\" | select name wiki_name >> \(csv)")
            #expect(try String(contentsOfFile: csv, encoding: .utf8).hasSuffix("big-project-archive\r\nMobile App,mobile-app\r\n"))
            let before = try String(contentsOfFile: csv, encoding: .utf8)
            let failure = await h.failure("space \"Nope\" | select name > \(csv)")
            #expect(failure?.exitCode == 1)
            #expect(try String(contentsOfFile: csv, encoding: .utf8) == before)
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["spaces.csv"])
            await h.output("space \"Big Project\" | ticket 201 | select number status | save \(directory)/t.json")
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: directory + "/t.json"))) as? [[String: Any]]
            #expect(json?.first?["status"] as? String == "Test")
            await h.output("space \"Big Project\" | milestones | select title | save \(directory)/m.md")
            #expect(try String(contentsOfFile: directory + "/m.md", encoding: .utf8).hasPrefix("| title |\n| --- |\n| Release Candidate 1 |"))
            let noDirectory = await h.failure("spaces > \(directory)/missing/x.csv")
            #expect(noDirectory?.rendered.contains("cannot write") == true)
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["m.md", "spaces.csv", "t.json"])
        }
    }

    @Test("no N+1: tickets with derived names cost a bounded number of requests")
    func requestCounts() async throws {
        try await SandboxHarness.with { h in
            await h.server.resetRequestLog()
            await h.output("space \"Big Project\" | tickets | select number assigned_to reporter milestone | count")
            let requests = await h.requests()
            let ticketPages = requests.filter { $0.path.hasSuffix("/tickets") }.count
            // Reads of the users and milestones lists (page 1; a page 2 may prove the end).
            let users = requests.filter { $0.path.hasSuffix("/users") && $0.query["page"] == "1" }.count
            let milestones = requests.filter { $0.path.contains("/milestones") && $0.query["page"] == "1" }.count
            #expect(users == 1)
            #expect(milestones <= 1)
            #expect(ticketPages <= 10)
            #expect(requests.count <= ticketPages + 4 + 2)
            await h.server.resetRequestLog()
            await h.output("tasks | group user | sum hours")
            let taskRequests = await h.requests()
            #expect(taskRequests.count <= 2 + 4 + 2, "tasks pages + spaces + one users list per space")
        }
    }
}

@Suite("Echo")
struct EchoTests {
    @Test("echo prints each statement after a prompt, continuation lines after ...>, before its result")
    func echoTranscript() async throws {
        try await SandboxHarness.with(SessionOptions(echo: true)) { h in
            let source = "# who\nme | get login\nspace \"Big Project\" |\n  ticket 201 | get status_name\n"
            let (result, output) = await h.run(source, origin: .file("echo.asm"))
            #expect(result == .ok)
            #expect(output == "assembla> me | get login\nalice\n\nassembla> space \"Big Project\" |\n...>   ticket 201 | get status_name\nTest\n")
        }
    }
}
