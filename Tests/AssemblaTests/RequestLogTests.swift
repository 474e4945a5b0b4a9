import Assembla
import AssemblaSandbox
import Foundation
import Testing

@Suite("Request log")
struct RequestLogTests {
    @Test("onRequest sees every attempt: method, path with query, status — set after init")
    func logs() async throws {
        let logs = Collected<RequestLog>()
        try await Sandbox.run { server, assembla in
            assembla.configuration.onRequest = { logs.append($0) }
            let space = try await assembla.space(named: "Mobile App")
            _ = try await space.tickets()
            let served = await server.requests()
            #expect(logs.all.count == served.count)
            #expect(logs.all.map(\.method.rawValue) == served.map(\.method))
            #expect(logs.all.map(\.status) == served.map(\.status))
            // 60 tickets on a page of 100: page 2 (a 204) proves the server did not cut page 1 short.
            #expect(logs.all.last?.path.hasPrefix("/v1/spaces/\(space.id)/tickets?report=0&page=2&per_page=100") == true)
            #expect(logs.all.last?.status == 204)
            #expect(logs.all.allSatisfy { $0.description.contains("→") })

            assembla.configuration.onRequest = nil
            await assembla.cache.clear()
            _ = try await assembla.spaces()
            #expect(logs.all.count == served.count, "no logging once the hook is removed")
        }
    }
}
