import AssemblaSandbox
import Foundation
import Testing

extension EndToEnd {
    /// Issue 9 §7 end to end: the built `assembla`'s peak resident memory (from the kernel,
    /// that process alone) reading 20,000 tickets from an in-process sandbox. Budgets in MB
    /// (1,048,576 bytes), never times.
    @Suite("memory budgets")
    struct MemoryBudgetTests {
        static let tickets = 20_000
        static let megabyte = 1_048_576

        private func peak(_ statement: String, in sandbox: SandboxServer) async throws -> PeakMemory.Outcome {
            let shell = try Shell(sandbox: sandbox)
            return try await PeakMemory.run([try PackagePaths.binary("assembla").path, "-c", statement],
                                            environment: shell.environment())
        }

        @Test("counting 20,000 tickets streams them: under 100 MB; a sort that keeps them all (summary is sorted here, not on the server) stays under 140 MB")
        func countAndSort() async throws {
            var configuration = SandboxConfiguration()
            configuration.ticketCount = Self.tickets
            try await Sandboxes.with(configuration) { sandbox in
                let count = try await peak("space \"Big Project\" | tickets | count", in: sandbox)
                #expect(count.status == 0, "\(count.output)")
                #expect(count.output == "\(Self.tickets)\n", "\(count.output)")
                #expect(count.bytes > 0, "no peak measured")
                #expect(count.bytes < 100 * Self.megabyte, "peak RSS \(count.bytes / Self.megabyte) MB")

                // Every ticket is held (as records sharing one schema) until the sort: before
                // records shared their field names this took about 160 MB.
                let sorted = try await peak("space \"Big Project\" | tickets | sort summary desc number | first 1 | get number", in: sandbox)
                #expect(sorted.status == 0, "\(sorted.output)")
                #expect(Int(sorted.output.trimmingCharacters(in: .whitespacesAndNewlines)) != nil, "\(sorted.output)")
                #expect(sorted.bytes < 140 * Self.megabyte, "peak RSS \(sorted.bytes / Self.megabyte) MB")
            }
        }
    }
}
