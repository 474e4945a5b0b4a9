import Assembla
import AssemblaSandbox
import Foundation
import Testing

@Suite("Decoding seam")
struct DecoderSeamTests {
    /// Wraps the standard decoder and counts the bodies it decodes.
    final class CountingDecoder: ResponseDecoding, @unchecked Sendable {
        private let lock = NSLock()
        private var decoded = 0
        var count: Int { lock.lock(); defer { lock.unlock() }; return decoded }

        func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
            lock.lock(); decoded += 1; lock.unlock()
            return try JSONResponseDecoder().decode(type, from: data)
        }
    }

    @Test("every answer is decoded through configuration.decoder")
    func replaceable() async throws {
        let decoder = CountingDecoder()
        try await Sandbox.run(client: { $0.decoder = decoder }) { server, assembla in
            let space = try await assembla.space(named: "Big Project")
            #expect(try await space.tickets().count == 400)
            #expect(decoder.count == (await server.requests()).count)
        }
    }
}
