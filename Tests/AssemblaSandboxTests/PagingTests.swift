import Foundation
import Testing
@testable import AssemblaSandbox

@Suite("paging")
struct PagingTests {
    @Test("default per_page per endpoint", arguments: [
        ("/v1/spaces/big-project/tickets", 10),
        ("/v1/tasks", 25),
        ("/v1/activity", 50),
        ("/v1/spaces", 4),
        ("/v1/spaces/big-project/tickets/statuses", 6),
    ])
    func defaults(path: String, count: Int) async throws {
        try await withSandbox { (_, client) async throws in
            #expect(try await client.get(path).items.count == count)
        }
    }

    @Test("tags default to 25 per page")
    func tagsDefault() async throws {
        try await withSandbox { (_, client) async throws in
            for index in 0..<30 {
                let body = #"{"ticket":{"summary":"tagged \#(index)","tags":["T\#(index)"]}}"#
                #expect(try await client.send("POST", "/v1/spaces/big-project/tickets", json: body).status == 201)
            }
            #expect(try await client.get("/v1/spaces/big-project/tags").items.count == 25)
            #expect(try await client.get("/v1/spaces/big-project/tags?page=2").items.count == 34 - 25)
        }
    }

    @Test("pages walk every ticket once, in a stable order, and end with 204 text/plain")
    func walk() async throws {
        try await withSandbox { (_, client) async throws in
            var numbers: [Int] = []
            var page = 1
            while true {
                let result = try await client.get("/v1/spaces/big-project/tickets?per_page=100&page=\(page)")
                if result.status == 204 {
                    #expect(result.body.isEmpty)
                    #expect(result.header("Content-Type") == "text/plain")
                    break
                }
                #expect(result.status == 200)
                numbers += result.items.compactMap { $0["number"]?.intValue }
                page += 1
            }
            #expect(numbers == Array(1...400))
            #expect(page == 5)
        }
    }

    @Test("per_page is capped at 100")
    func cap() async throws {
        try await withSandbox { (_, client) async throws in
            #expect(try await client.get("/v1/spaces/big-project/tickets?per_page=1000").items.count == 100)
        }
    }

    @Test("maxPerPage caps per_page and the default page sizes; unpaged lists stay whole without paging parameters")
    func maxPerPage() async throws {
        try await withSandbox({ $0.maxPerPage = 7; $0.extraMemberCount = 9 }) { (_, client) async throws in
            #expect(try await client.get("/v1/spaces/big-project/tickets?per_page=100").items.count == 7)
            #expect(try await client.get("/v1/spaces/big-project/tickets?per_page=100&page=58").items.count == 1)
            #expect(try await client.get("/v1/spaces/big-project/tickets?per_page=100&page=59").status == 204)
            #expect(try await client.get("/v1/spaces/big-project/tickets").items.count == 7)
            #expect(try await client.get("/v1/activity?per_page=3").items.count == 3)
            #expect(try await client.get("/v1/spaces/big-project/users").items.count == 15)
            #expect(try await client.get("/v1/spaces/big-project/users?per_page=100&page=3").items.count == 1)
        }
    }

    @Test("spaces are unpaged by default but honour page and per_page")
    func spaces() async throws {
        try await withSandbox { (_, client) async throws in
            #expect(try await client.get("/v1/spaces?page=1").items.count == 4)
            #expect(try await client.get("/v1/spaces?page=2").status == 204)
            let second = try await client.get("/v1/spaces?per_page=3&page=2").items
            #expect(second.count == 1)
        }
    }

    @Test("number[] fetches exactly those tickets")
    func numbers() async throws {
        try await withSandbox { (_, client) async throws in
            let items = try await client.get("/v1/spaces/big-project/tickets?number[]=5&number[]=301&number[]=9999").items
            #expect(items.compactMap { $0["number"]?.intValue } == [5, 301])
        }
    }

    @Test("sort_by and sort_order order the list", arguments: ["asc", "desc"])
    func sorting(order: String) async throws {
        try await withSandbox { (_, client) async throws in
            let items = try await client.get("/v1/spaces/big-project/tickets?sort_by=priority&sort_order=\(order)&per_page=100").items
            let priorities = items.compactMap { $0["priority"]?.intValue }
            #expect(priorities.count == 100)
            #expect(priorities == (order == "asc" ? priorities.sorted() : priorities.sorted(by: >)))
            let firstGroup = items.filter { $0["priority"] == items.first?["priority"] }.compactMap { $0["number"]?.intValue }
            #expect(firstGroup.count > 1)
            #expect(firstGroup == (order == "asc" ? firstGroup.sorted() : firstGroup.sorted(by: >)), "ties keep number order")
        }
    }

    @Test("a .json suffix is accepted on every path", arguments: [
        "/v1/spaces.json", "/v1/spaces/big-project.json", "/v1/spaces/big-project/tickets.json",
        "/v1/spaces/big-project/tickets/201.json", "/v1/user.json", "/v1/users/jsmith.json",
        "/v1/spaces/big-project/milestones/all.json", "/v1/activity.json", "/v1/tasks.json",
        "/v1/spaces/big-project/tickets/301/ticket_comments.json",
    ])
    func jsonSuffix(path: String) async throws {
        try await withSandbox { (_, client) async throws in
            let plain = try await client.get(String(path.dropLast(5)))
            let suffixed = try await client.get(path)
            #expect(suffixed.status == 200)
            #expect(suffixed.body == plain.body)
        }
    }

    @Test("empty lists answer 204")
    func emptyList() async throws {
        try await withSandbox { (_, client) async throws in
            #expect(try await client.get("/v1/spaces/mobile-app/tags").status == 204)
            #expect(try await client.get("/v1/spaces/big-project/tickets/custom_reports").status == 204)
            #expect(try await client.get("/v1/spaces/big-project/tags/hidden").status == 204)
        }
    }
}
