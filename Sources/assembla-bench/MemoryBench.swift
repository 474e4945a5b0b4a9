import ArgumentParser
import AssemblaSandbox
import Foundation

/// Peak resident memory of the `assembla` process (GNU `/usr/bin/time -v`) counting 100,000
/// tickets; the sandbox serves from this process, so its memory is not counted.
struct MemoryBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "memory",
        abstract: "Peak RSS of `assembla` (and of the Python wrapper) reading 100,000 tickets.")

    @OptionGroup var tools: BenchTools

    mutating func run() async throws {
        try tools.checkInstalled([tools.assembla, tools.python, tools.time])
        print(try await Self.table(tools))
    }

    /// Issue 9's budget for counting 100,000 tickets.
    static let budgetBytes = 200 * 1_048_576

    static func table(_ tools: BenchTools) async throws -> String {
        let tickets = tools.quick ? 10_000 : 100_000
        var table = MarkdownTable(["process", "peak RSS", "requests", "wall time", "budget", "goal met"])
        var notes: [String] = []
        try await BenchTools.withSandbox(tickets: tickets) { server in
            let countCell = "`assembla -c '\(BenchTools.countStatement.replacingOccurrences(of: "|", with: "\\|"))'`"
            do {
                let ours = try await peak(tools, server, tools.assemblaInvocation(server, ["-c", BenchTools.countStatement]),
                                          what: "assembla -c '\(BenchTools.countStatement)'", answer: String(tickets))
                table.append([countCell, Format.megabytes(ours.bytes), Format.count(ours.requests), Format.seconds(ours.seconds),
                              "< " + Format.megabytes(budgetBytes), Format.met(ours.bytes < budgetBytes)])
            } catch let error as BenchError {
                table.append([countCell, "failed", "—", "—", "< " + Format.megabytes(budgetBytes), Format.met(false)])
                notes.append("\(error)")
            }
            do {
                let wrapper = try await peak(tools, server, tools.wrapperInvocation(server, "list_all"),
                                             what: "wrapper.py list_all", answer: String(tickets))
                table.append(["Python wrapper, `len(space.tickets())`", Format.megabytes(wrapper.bytes),
                              Format.count(wrapper.requests), Format.seconds(wrapper.seconds), "—", "—"])
            } catch let error as BenchError {
                // 2.8.0 fetches each next page by recursion: past ~1,000 pages Python's recursion limit stops it.
                table.append(["Python wrapper, `len(space.tickets())`", "failed", Format.count(await server.requests().count),
                              "—", "—", "—"])
                notes.append("\(error)")
            }
        }
        let caption = """
            Counting all \(Format.count(tickets)) tickets of Big Project (no latency); peak RSS of the client process \
            alone, from `/usr/bin/time -v` (the sandbox runs in the benchmark's own process).
            """
        return ([caption, "", table.rendered] + (notes.isEmpty ? [] : [""] + notes.map { "- note: \($0)" })).joined(separator: "\n")
    }

    /// One measured process.
    struct Peak {
        var bytes: Int
        var requests: Int
        var seconds: Double
    }

    /// Runs `command` under `/usr/bin/time -v`, checks its answer, and reads "Maximum resident set size".
    static func peak(_ tools: BenchTools, _ server: SandboxServer, _ invocation: BenchTools.Invocation,
                     what: String, answer: String) async throws -> Peak {
        await server.resetRequestLog()
        let run = try await invocation.under(tools.time, ["-v"]).run()
        try LatencyBench.check(run, what, answer: answer)
        let line = run.standardError.split(separator: "\n").first { $0.contains("Maximum resident set size (kbytes):") }
        guard let line, let kilobytes = Int(line.split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "") else {
            throw BenchError.missingTool("\(tools.time) -v printed no \"Maximum resident set size\" line (is it GNU time?)")
        }
        return Peak(bytes: kilobytes * 1024, requests: await server.requests().count, seconds: run.seconds)
    }
}
