import Assembla
import AssemblaSandbox
import Foundation
@testable import AssemblaQuery
import Testing

@Suite("Session: continuation and completion")
struct SessionEditingTests {
    static let session = Session(client: AssemblaClient(credentials: .apiKey(key: "k", secret: "s"),
                                                  baseURL: URL(string: "http://127.0.0.1:9")!))

    @Test("needs continuation", arguments: [
        ("spaces |", true), ("spaces |  \n", true), ("space \"Big", true), ("tickets (status=Test", true),
        ("tickets \\", true), ("spaces", false), ("spaces | count", false), ("tickets (a=1)", false),
        ("# a comment |", false), ("spaces |\n  tickets", false),
    ])
    func continuation(_ text: String, _ expected: Bool) {
        #expect(SessionEditingTests.session.needsContinuation(text) == expected)
    }

    @Test("completes commands, fields and keywords", arguments: [
        ("tic", ["ticket", "tickets"]), ("spaces | mil", ["milestone", "milestones"]), ("help gr", ["group"]),
        ("tickets | sort prio", ["priority"]), ("fields tick", ["tickets"]), ("cache o", ["off", "on"]),
        ("tickets | where assigned_t", ["assigned_to", "assigned_to_id"]),
        // The kind flowing into the stage comes from the plan: a task's fields after `tasks`,
        // none of them after `tickets`; a source stage's filters are its own kind's fields.
        ("space x | tasks | sort beg", ["begin_at"]), ("space x | tickets | sort beg", []),
        ("space x | tickets | first 3 | select stat", ["state", "status", "status_name"]),
        ("stream auth", ["author", "author_id", "author_name"]), ("spaces | milestones due", ["due_date"]),
    ])
    func completions(_ line: String, _ expected: [String]) {
        #expect(SessionEditingTests.session.completions(line: line, cursor: line.count) == expected)
    }

    @Test("names are offered as typed: quoted when they hold a space or a delimiter, escapes included", arguments: [
        ("Big Project", "\"Big Project\""), ("alice", "alice"), ("big-project", "big-project"), ("a|b", "\"a|b\""),
        ("Say \"hi\"", "\"Say \\\"hi\\\"\""), ("$5 plan", "\"\\$5 plan\""), ("Carla Díaz", "\"Carla Díaz\""),
    ])
    func quoting(name: String, typed: String) throws {
        #expect(Session.quotedIfNeeded(name) == typed)
        // The lexer reads the quoted form back as the name.
        var lexer = Lexer(source: SourceFile(text: "space \(typed)", name: nil))
        let tokens = try lexer.tokenize()
        let read = tokens.compactMap { token -> String? in
            switch token.kind {
            case .word(let text), .string(let text): text
            case .template(let template): template.literal
            default: nil
            }
        }
        #expect(read.last == name, "\(tokens)")
    }

    @Test("a fresh session completes space names an earlier run remembered, without a request")
    func rememberedNames() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("names-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("hints.json")
        try await SandboxHarness.with { h in
            func session() -> Session {
                var configuration = AssemblaConfiguration(credentials: .apiKey(key: "sandbox-key", secret: "sandbox-secret"),
                                                          baseURL: h.server.baseURL)
                configuration.hints = HintStore(file: file)
                return Session(client: AssemblaClient(configuration: configuration))
            }
            let first = session()
            _ = await first.run(source: "spaces | count", origin: .commandLine)
            await h.server.resetRequestLog()
            let fresh = session()
            #expect(fresh.completions(line: "space Big", cursor: 9).isEmpty, "nothing known before priming")
            await fresh.primeCompletions()
            #expect(fresh.completions(line: "space Big", cursor: 9) == ["\"Big Project\"", "\"Big Project Archive\""])
            #expect(fresh.completions(line: "space \"Mob", cursor: 10) == ["\"Mobile App\""])
            #expect(await h.requests().isEmpty, "completion sent nothing")
            let plain = Session(client: AssemblaClient(credentials: .apiKey(key: "sandbox-key", secret: "sandbox-secret"),
                                                       baseURL: h.server.baseURL))
            await plain.primeCompletions()
            #expect(plain.completions(line: "space Big", cursor: 9).isEmpty, "no hints, no names")
        }
    }
}
