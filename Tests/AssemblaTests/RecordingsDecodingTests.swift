import Foundation
import Testing
@testable import Assembla

@Suite("Recorded responses decode")
struct RecordingsDecodingTests {
    /// Every successful recorded response with a body, of every modelled resource.
    static let cases: [String] = {
        ((try? Recordings.all()) ?? []).filter { interaction in
            (200..<300).contains(interaction.status) && interaction.body != nil
                && Recordings.model(forPath: interaction.path) != nil
        }.map { "\($0.file)#\($0.index)" }
    }()

    @Test("the recordings cover every modelled resource")
    func coverage() throws {
        let kinds = Set(try Recordings.all().compactMap { interaction -> Recordings.ModelKind? in
            guard (200..<300).contains(interaction.status), interaction.body != nil else { return nil }
            return Recordings.model(forPath: interaction.path)
        })
        #expect(kinds.count == 12, "modelled kinds found: \(kinds.map(\.rawValue).sorted())")
        #expect(Self.cases.count > 150)
    }

    @Test("decodes", arguments: cases)
    func decodes(_ name: String) throws {
        let interaction = try #require(try Recordings.all().first { "\($0.file)#\($0.index)" == name })
        let kind = try #require(Recordings.model(forPath: interaction.path))
        let body = try #require(interaction.body)
        let count = try kind.decode(body, list: interaction.bodyIsList)
        if !interaction.bodyIsList { #expect(count == 1) }
    }

    @Test("every recorded record round-trips through a default JSONEncoder and JSONDecoder", arguments: cases)
    func roundTrips(_ name: String) throws {
        let interaction = try #require(try Recordings.all().first { "\($0.file)#\($0.index)" == name })
        let kind = try #require(Recordings.model(forPath: interaction.path))
        #expect(try kind.roundTrips(try #require(interaction.body), list: interaction.bodyIsList))
    }
}
