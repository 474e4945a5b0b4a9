import AssemblaSandbox
import Foundation
import Testing
@testable import Assembla

/// The identities-only count reads ids and numbers straight from the bytes
/// (`TicketIdentityScanner`); it must answer exactly as `JSONDecoder` would whenever it
/// answers, and fall back otherwise. Checked on the recordings, on the sandbox's pages, on
/// hand-picked edge cases, and on seeded random documents and their mutations.
@Suite("Identities read straight from the bytes")
struct TicketIdentityScannerTests {
    /// What JSONDecoder makes of `data` (nil: it refuses it).
    static func decoded(_ data: Data) -> [TicketIdentity]? {
        try? JSONDecoder().decode([TicketIdentity].self, from: data)
    }

    /// The invariant: when the scanner answers, JSONDecoder accepts the data and agrees.
    static func agrees(_ data: Data) -> Bool {
        guard let scanned = TicketIdentityScanner.scan(data) else { return true }
        return decoded(data) == scanned
    }

    @Test("every recorded ticket list: the same identities as JSONDecoder, without falling back")
    func recordings() throws {
        let lists = try Recordings.all().filter {
            $0.bodyIsList && $0.status == 200 && Recordings.model(forPath: $0.path) == .ticket
        }
        #expect(!lists.isEmpty)
        for interaction in lists {
            let body = try #require(interaction.body)
            let scanned = TicketIdentityScanner.scan(body)
            #expect(scanned != nil, "\(interaction.file)#\(interaction.index) fell back")
            #expect(scanned == Self.decoded(body), "\(interaction.file)#\(interaction.index)")
        }
    }

    @Test("the sandbox's ticket pages (custom fields, non-ASCII text): the same identities, no fallback")
    func sandboxPages() async throws {
        try await Sandbox.run({ $0.ticketCount = 450 }) { server, assembla in
            let space = try await assembla.space(named: "Big Project")
            let transport = URLSessionTransport()
            for page in 1...5 {
                let request = HTTPRequest(baseURL: server.baseURL, method: .get, path: "/v1/spaces/\(space.id)/tickets",
                                          query: [URLQueryItem(name: "page", value: String(page)), URLQueryItem(name: "per_page", value: "100")],
                                          headers: ["X-Api-Key": "sandbox-key", "X-Api-Secret": "sandbox-secret"], body: nil)
                let body = try await transport.send(request).body
                let scanned = try #require(TicketIdentityScanner.scan(body), "page \(page) fell back")
                #expect(scanned == Self.decoded(body))
                #expect(scanned.count == (page == 5 ? 50 : 100))
            }
            #expect(try await space.ticketCount() == 450)
        }
    }

    @Test("edge cases: answered exactly, or left to JSONDecoder", arguments: [
        (#"[]"#, true), (#" [ ] "#, true),
        (#"[{"id":1,"number":2}]"#, true),
        (#"[{"number":2,"id":1,"custom_fields":{"id":"9","number":"x"},"tags":[{"id":7}]}]"#, true),
        (#"[{"id":-0,"number":0,"s":"a\"b\\c\/\u00e9\ud83d\ude00","t":true,"f":false,"n":null,"x":-1.5e+3}]"#, true),
        (#"[{"id":1,"number":2,"summary":"Díaz ✓ 😀"}]"#, true),
        (#"[{"id":1}]"#, false), (#"[{"id":"1","number":2}]"#, false), (#"[{"id":1.0,"number":2}]"#, false),
        (#"[{"id":1,"number":2,"id":3}]"#, false), (#"[{"i\u0064":1,"number":2}]"#, false),
        (#"[{"id":99999999999999999999,"number":2}]"#, false), (#"[{"id":01,"number":2}]"#, false),
        (#"[{"id":1,"number":2}"#, false), (#"[{"id":1,"number":2}] x"#, false), (#"[{"id":1,"number":2},]"#, false),
        (#"{"id":1,"number":2}"#, false), (#"[{"id":1,"number":2,"s":"\ud800"}]"#, false),
        (#"[{"id":1,"number":2,"s":"\x"}]"#, false), (#"[{"id":1,"number":2,"s":tru}]"#, false),
        (#"[1]"#, false), (#""#, false),
    ])
    func edgeCases(text: String, answered: Bool) {
        let data = Data(text.utf8)
        let scanned = TicketIdentityScanner.scan(data)
        #expect((scanned != nil) == answered, "\(text)")
        #expect(Self.agrees(data), "\(text)")
    }

    @Test("invalid UTF-8 and raw control characters inside strings are left to JSONDecoder")
    func invalidBytes() {
        for bytes: [UInt8] in [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xE2, 0x82], [0x01], [0x0A]] {
            let data = Data(#"[{"id":1,"number":2,"s":""#.utf8) + Data(bytes) + Data(#""}]"#.utf8)
            #expect(TicketIdentityScanner.scan(data) == nil, "\(bytes)")
            #expect(Self.agrees(data))
        }
    }

    @Test("seeded random ticket lists are read exactly, and no mutation of them makes the scanner disagree")
    func randomDocuments() {
        var random = SeededGenerator(seed: 0x5EED_1D5)
        var answered = 0
        for _ in 0..<400 {
            let text = Self.randomList(&random)
            let data = Data(text.utf8)
            let scanned = TicketIdentityScanner.scan(data)
            #expect(scanned != nil && scanned == Self.decoded(data), "\(text)")
            for _ in 0..<10 {
                var bytes = [UInt8](data)
                let position = Int.random(in: 0..<max(1, bytes.count), using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: if !bytes.isEmpty { bytes[position] = UInt8.random(in: 0...255, using: &random) }
                case 1: if !bytes.isEmpty { bytes.remove(at: position) }
                default: bytes.insert(Array(#"{}[],:"\ 0-e."#.utf8).randomElement(using: &random) ?? 0, at: position)
                }
                let mutated = Data(bytes)
                if TicketIdentityScanner.scan(mutated) != nil { answered += 1 }
                #expect(Self.agrees(mutated), "\(String(decoding: mutated, as: UTF8.self))")
            }
        }
        #expect(answered > 0, "some mutations stay valid and are still read")
    }

    // MARK: Random documents

    static func randomList(_ random: inout SeededGenerator) -> String {
        let count = Int.random(in: 0...6, using: &random)
        let items = (0..<count).map { _ -> String in
            var members = ["\"id\":\(Int.random(in: -5...Int(Int32.max), using: &random))",
                           "\"number\":\(Int.random(in: 0...100_000, using: &random))"]
            for _ in 0..<Int.random(in: 0...4, using: &random) {
                members.append("\(randomKey(&random)):\(randomValue(&random, depth: 0))")
            }
            members.shuffle(using: &random)
            return "{" + members.joined(separator: Bool.random(using: &random) ? "," : " ,\n ") + "}"
        }
        return "[" + items.joined(separator: ",") + "]"
    }

    static func randomValue(_ random: inout SeededGenerator, depth: Int) -> String {
        switch Int.random(in: 0..<(depth > 3 ? 5 : 7), using: &random) {
        case 0: return "null"
        case 1: return Bool.random(using: &random) ? "true" : "false"
        case 2: return String(Int.random(in: -1_000_000...1_000_000, using: &random))
        case 3: return ["0.5", "-1e10", "2E-3", "12.25e+2", "-0"].randomElement(using: &random) ?? "0"
        case 4: return randomString(&random)
        case 5:
            let values = (0..<Int.random(in: 0...3, using: &random)).map { _ in randomValue(&random, depth: depth + 1) }
            return "[" + values.joined(separator: ",") + "]"
        default:
            let members = (0..<Int.random(in: 0...3, using: &random)).map { _ in
                "\(randomString(&random)):\(randomValue(&random, depth: depth + 1))"
            }
            return "{" + members.joined(separator: ",") + "}"
        }
    }

    /// A member name the scanner reads without falling back (plain ASCII, not `id` or `number`).
    static func randomKey(_ random: inout SeededGenerator) -> String {
        "\"" + (["summary", "custom_fields", "tags", "x", "milestone_id", "ids", "numbers", "_"].randomElement(using: &random) ?? "x") + "\""
    }

    static func randomString(_ random: inout SeededGenerator) -> String {
        let pieces = ["a", "id", "number", "Díaz", "✓", "😀", "\\n", "\\\"", "\\\\", "\\u00e9", "\\ud83d\\ude00", " ", "/", "\\/", "{", "]", ":"]
        return "\"" + (0..<Int.random(in: 0...5, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }.joined() + "\""
    }
}
