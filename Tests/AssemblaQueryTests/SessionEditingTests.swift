import Assembla
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
    ])
    func completions(_ line: String, _ expected: [String]) {
        #expect(SessionEditingTests.session.completions(line: line, cursor: line.count) == expected)
    }
}
