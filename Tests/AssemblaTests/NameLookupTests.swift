import Assembla
import AssemblaSandbox
import Foundation
import Testing

@Suite("Name lookups")
struct NameLookupTests {
    @Test("a space by exact name, wiki name, id, any case, or a unique part", arguments: [
        "Big Project", "big-project", "BIG PROJECT", "Redesign", "mobile",
    ])
    func finds(name: String) async throws {
        try await Sandbox.run { _, assembla in
            let space = try await assembla.space(named: name)
            let expected = ["Big Project": "Big Project", "big-project": "Big Project", "BIG PROJECT": "Big Project",
                            "Redesign": "Website Redesign", "mobile": "Mobile App"][name]
            #expect(space.name == expected)
            #expect(try await assembla.space(named: space.id).name == space.name)
        }
    }

    @Test("exact beats a substring; a shared substring is ambiguous")
    func ambiguity() async throws {
        try await Sandbox.run { _, assembla in
            #expect(try await assembla.space(named: "Big Project").name == "Big Project")
            let error = try #require(await #expect(throws: AssemblaError.self) { try await assembla.space(named: "big proj") })
            #expect(error.kind == .ambiguous(kind: "space", name: "big proj", candidates: ["Big Project", "Big Project Archive"]))
            #expect(error.description == #""big proj" matches several spaces: "Big Project", "Big Project Archive" — use the exact name"#)
        }
    }

    @Test("no match suggests near names")
    func noMatch() async throws {
        try await Sandbox.run { _, assembla in
            let error = try #require(await #expect(throws: AssemblaError.self) { try await assembla.space(named: "Big Projekt") })
            guard case .noMatch(let kind, let name, let candidates) = error.kind else { Issue.record("\(error)"); return }
            #expect(kind == "space" && name == "Big Projekt")
            #expect(candidates.first == "Big Project")
            #expect(error.description.hasPrefix(#"no space named "Big Projekt" — did you mean "Big Project""#))

            let space = try await assembla.space(named: "Big Project")
            let user = try #require(await #expect(throws: AssemblaError.self) { try await space.user(named: "Jon Smith") })
            #expect(user.description.contains(#"did you mean "John Smith""#))
            let milestone = try #require(await #expect(throws: AssemblaError.self) { try await space.milestone(named: "Relase Candidate 3") })
            guard case .noMatch(_, _, let near) = milestone.kind else { Issue.record("\(milestone)"); return }
            #expect(near.contains("Release Candidate 1"))
            let status = try #require(await #expect(throws: AssemblaError.self) {
                try await space.tickets(where: TicketFilter(status: "Testing"))
            })
            #expect(status.description.contains(#"no status named "Testing" — did you mean "Test""#))
        }
    }

    @Test("users by login or name, including non-ASCII names")
    func users() async throws {
        try await Sandbox.run { _, assembla in
            let space = try await assembla.space(named: "Big Project")
            #expect(try await space.user(named: "mjones").name == "Mary Jones")
            #expect(try await space.user(named: "carla díaz").login == "cdiaz")
            #expect(try await assembla.user(login: "jsmith").name == "John Smith")
        }
    }
}
