#if Logging
import Assembla
import AssemblaSandbox
import Foundation
import Logging
import Testing

/// Issue 8 item 3: a swift-log `Logger` in the configuration, with levels and request ids,
/// and never the credentials.
@Suite("swift-log Logger")
struct LoggerTests {
    /// One captured log record.
    struct Record: Sendable {
        let level: Logger.Level
        let message: String
        let metadata: [String: String]
    }

    /// A log handler keeping every record (swift-log's `LogHandler`).
    struct Capture: LogHandler {
        let records: Collected<Record>
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
            records.append(Record(level: event.level, message: "\(event.message)", metadata: merged.mapValues { "\($0)" }))
        }
    }

    @Test("one record per attempt, levels by outcome, request ids, no credentials")
    func records() async throws {
        let records = Collected<Record>()
        try await Sandbox.run({ $0.faultRate = 0.3; $0.faults = [.serverError]; $0.faultMethods = ["GET"] },
                              client: { $0.logger = Logger(label: "test") { _ in Capture(records: records) } }) { server, assembla in
            let space = try await assembla.space(named: "Big Project")
            _ = try await space.tickets()
            _ = try? await assembla.space(named: "Nope")
            let all = records.all
            let served = await server.requests()
            #expect(all.count == served.count, "one record per attempt")
            #expect(Set(all.compactMap { $0.metadata["request-id"] }).count == all.count, "request ids are distinct")
            #expect(all.allSatisfy { $0.metadata["method"] == "GET" && $0.metadata["path"]?.hasPrefix("/v1/") == true })
            #expect(all.contains { $0.level == .debug && $0.metadata["status"] == "200" })
            #expect(all.contains { $0.level == .notice && $0.metadata["status"] == "500" }, "injected 500s are notices")
            let credentials = server.configuration.credentials
            for record in all {
                let text = record.message + record.metadata.values.joined()
                #expect(!text.contains(credentials.key) && !text.contains(credentials.secret))
            }
        }
    }
}
#endif
