import ArgumentParser
import Foundation

/// `assembla-bench`: the numbers of issue 9's "Measure" section as Markdown tables (run by
/// `scripts/bench`, which builds the binaries and the Python wrapper's virtualenv first).
@main
struct AssemblaBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assembla-bench",
        abstract: "Benchmark the `assembla` binary, the Python wrapper and the library against loopback sandboxes.",
        subcommands: [AllBench.self, RequestCountBench.self, LatencyBench.self, MemoryBench.self, LibraryBench.self],
        defaultSubcommand: AllBench.self)
}

/// Every section in turn, each under a heading, after a line saying when and where.
struct AllBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "all",
        abstract: "Every table: requests, latency, memory, library.")

    @OptionGroup var tools: BenchTools

    @Option(help: "What was measured, for the caption (scripts/bench passes the commit).")
    var label: String?

    mutating func run() async throws {
        try tools.checkInstalled([tools.assembla, tools.python, tools.curl, tools.time])
        print(Self.machineLine(label: label, quick: tools.quick))
        let sections: [(String, (BenchTools) async throws -> String)] = [
            ("Requests", RequestCountBench.table),
            ("All tickets through latency", LatencyBench.table),
            ("Peak memory", MemoryBench.table),
            ("The library alone", { tools in try await LibraryBench.parse(tools.quick ? ["--quick"] : []).table() }),
        ]
        for (heading, section) in sections {
            print("\n#### \(heading)\n")
            print(try await section(tools))
        }
    }

    /// When, on what, and how loaded the machine was when the run started.
    static func machineLine(label: String?, quick: Bool) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?
            .split(separator: " ").first.map(String.init) ?? "unknown"
        let what = label.map { "`\($0)`, " } ?? ""
        return "Measured \(what)\(formatter.string(from: Date())), \(ProcessInfo.processInfo.activeProcessorCount) cores, "
            + "load average \(load) at the start\(quick ? " (--quick: smaller, one run; not for the README)" : "")."
    }
}
