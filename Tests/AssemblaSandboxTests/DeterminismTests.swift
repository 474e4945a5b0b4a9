import Foundation
import Testing
@testable import AssemblaSandbox

@Suite("determinism")
struct DeterminismTests {
    static let paths = [
        "/v1/spaces", "/v1/spaces/big-project/tickets?per_page=100&page=3", "/v1/spaces/big-project/milestones/all",
        "/v1/spaces/big-project/tickets/301/ticket_comments", "/v1/tasks?per_page=100", "/v1/activity?per_page=100",
        "/v1/spaces/mobile-app/tickets?per_page=100", "/v1/spaces/big-project/users",
    ]

    @Test("two servers with the same reference date serve identical bytes")
    func sameData() async throws {
        let reference = Date(timeIntervalSince1970: 1_795_000_000)
        func snapshot() async throws -> [Data] {
            try await withSandboxResult({ $0.referenceDate = reference }) { (_, client) async throws in
                var bodies: [Data] = []
                for path in Self.paths { bodies.append(try await client.get(path).body) }
                return bodies
            }
        }
        let first = try await snapshot()
        let second = try await snapshot()
        #expect(first == second)
        #expect(first.allSatisfy { !$0.isEmpty })
    }

    @Test("ids and numbers do not depend on the start time")
    func stableIdentity() async throws {
        func identities(_ reference: Date) async throws -> [String] {
            try await withSandboxResult({ $0.referenceDate = reference }) { (_, client) async throws in
                let spaces = try await client.get("/v1/spaces").items.compactMap { $0["id"]?.text }
                let tickets = try await client.get("/v1/spaces/big-project/tickets?per_page=100").items.map {
                    "\($0["id"]!.intValue!):\($0["summary"]!.text!):\($0["status"]!.text!)"
                }
                return spaces + tickets
            }
        }
        let now = Date()
        #expect(try await identities(now) == (try await identities(now.addingTimeInterval(-86_400 * 3))))
    }
}
