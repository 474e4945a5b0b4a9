import Assembla
import AssemblaSandbox
import Foundation
import Testing

/// Issue 8 item 2: every paged list is also an `AsyncSequence`, fed by the same pager.
@Suite("Streaming pages")
struct StreamingTests {
    @Test("the first ticket arrives before the last page is fetched; breaking out asks for no further page")
    func firstBeforeLast() async throws {
        try await Sandbox.run({ $0.ticketCount = 10_000; $0.latency = .milliseconds(5) }) { server, assembla in
            let space = try await assembla.space(named: "Big Project")
            await server.resetRequestLog()
            var first: TicketHandle?
            for try await ticket in space.pagedTickets() {
                first = ticket
                break
            }
            #expect(first?.number == 1)
            try await Task.sleep(for: .milliseconds(200))   // let any straggler reach the log
            let pages = await Sandbox.requests(server, pathPrefix: "/v1/spaces/\(space.id)/tickets")
            #expect(pages.count < 10, "\(pages.count) of 100 pages fetched for the first ticket")

            await server.resetRequestLog()
            var seen = 0
            for try await _ in space.pagedTickets() {
                seen += 1
                if seen == 250 { break }
            }
            try await Task.sleep(for: .milliseconds(200))
            let more = await Sandbox.requests(server, pathPrefix: "/v1/spaces/\(space.id)/tickets")
            #expect(more.count <= 3 + 6, "\(more.count) pages fetched for 250 tickets")
        }
    }

    @Test("pages come in API order and the array methods give the same items", arguments: [(1_234, 100), (437, 7)])
    func pagesInOrder(tickets: Int, cap: Int) async throws {
        try await Sandbox.run({ $0.ticketCount = tickets; $0.maxPerPage = cap }) { _, assembla in
            let space = try await assembla.space(named: "Big Project")
            var numbers: [Int] = []
            var sizes: [Int] = []
            for try await page in space.pagedTickets().pages {
                sizes.append(page.count)
                numbers += page.map(\.number)
            }
            #expect(numbers == Array(1...tickets))
            #expect(sizes.dropLast().allSatisfy { $0 == cap })
            #expect(try await space.tickets().map(\.number) == numbers)
            #expect(try await assembla.pagedTasks().collect() == assembla.tasks())
            #expect(try await assembla.pagedStream().collect().count == 200)
            #expect(try await space.pagedUsers().collect().count == 6)
            #expect(try await space.pagedMilestones().collect().count == 4)
            let milestone = try await space.milestone(named: "Release Candidate 1")
            #expect(try await milestone.pagedTickets().collect().map(\.number) == milestone.tickets().map(\.number))
        }
    }

    @Test("cancelling a streaming reader stops it with CancellationError and stops the requests")
    func cancel() async throws {
        try await Sandbox.run({ $0.ticketCount = 3_000; $0.latency = .milliseconds(100) }) { server, assembla in
            let space = try await assembla.space(named: "Big Project")
            await server.resetRequestLog()
            let read = Task {
                var count = 0
                for try await _ in space.pagedTickets() { count += 1 }
                return count
            }
            try await Task.sleep(for: .milliseconds(150))
            read.cancel()
            let result = await read.result
            #expect(throws: CancellationError.self) { try result.get() }
            let pages = await Sandbox.requests(server, pathPrefix: "/v1/spaces/\(space.id)/tickets")
            #expect(pages.count < 30)
        }
    }

    @Test("server-side ticket parameters: report, number[], sort_by and sort_order are sent and honoured")
    func pushdown() async throws {
        try await Sandbox.run { server, assembla in
            let space = try await assembla.space(named: "Big Project")
            await server.resetRequestLog()
            let newest = try await space.pagedTickets(where: TicketFilter(sortBy: "number", sortDescending: true)).collect()
            #expect(newest.map(\.number) == Array((1...400).reversed()))
            let picked = try await space.pagedTickets(where: TicketFilter(numbers: [5, 201, 301])).collect()
            #expect(picked.map(\.number) == [5, 201, 301])
            let open = try await space.pagedTickets(where: TicketFilter(report: 1)).collect()
            #expect(!open.isEmpty && open.allSatisfy(\.record.isOpen))
            let all = try await space.tickets()
            #expect(open.count == all.filter(\.record.isOpen).count)
            let sent = await Sandbox.requests(server, pathPrefix: "/v1/spaces/\(space.id)/tickets")
            #expect(sent.contains { $0.query["sort_order"] == "desc" && $0.query["sort_by"] == "number" })
            #expect(sent.contains { $0.query["report"] == "1" })
            let tested = try await space.pagedTickets(where: TicketFilter(status: "Test", report: 1)).collect()
            #expect(tested.map(\.number) == all.filter { $0.record.status == "Test" }.map(\.number))
        }
    }

    @Test("stream(from:to:) and tasks(from:to:) keep what happened in the minute of `to`")
    func toIsNotTruncated() async throws {
        let reference = Date(timeIntervalSince1970: (Date().timeIntervalSince1970 / 60).rounded(.down) * 60 + 30)
        try await Sandbox.run({ $0.referenceDate = reference }) { _, assembla in
            let newestEvent = try #require(try await assembla.stream().max { $0.date < $1.date })
            let events = try await assembla.stream(from: newestEvent.date.addingTimeInterval(-3_600), to: newestEvent.date)
            #expect(events.contains(newestEvent))
            #expect(events.allSatisfy { $0.date <= newestEvent.date })
            let newestTask = try #require(try await assembla.tasks().max { $0.beginAt < $1.beginAt })
            let tasks = try await assembla.tasks(from: newestTask.beginAt.addingTimeInterval(-86_400), to: newestTask.beginAt)
            #expect(tasks.contains(newestTask))
            let later = try await assembla.stream(from: newestEvent.date.addingTimeInterval(1))
            #expect(!later.contains(newestEvent), "from is exact too")
        }
    }
}
