import ArgumentParser
import AssemblaSandbox
import Foundation

/// Whole-process wall time to read every ticket of a 5,000-ticket space through injected
/// latency: the `assembla` binary, the Python wrapper, and a floor (one `curl --parallel
/// --parallel-max 6` fetching the same pages), median of 3 runs each. Ours twice: a first run
/// (no hints: a fresh cache directory each time) and a later run (the hints a run before it
/// kept — the spaces list and the list's length — as for a cron job or the prompt).
struct LatencyBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "latency",
        abstract: "Time reading all tickets through 20 ms and 100 ms of latency: ours vs the wrapper vs curl.")

    @OptionGroup var tools: BenchTools

    mutating func run() async throws {
        try tools.checkInstalled([tools.assembla, tools.python, tools.curl])
        print(try await Self.table(tools))
    }

    /// One latency's medians.
    struct Medians {
        /// A first run: no hints from an earlier one.
        var ours: Double
        /// A later run: with the hints the run before it kept.
        var oursLater: Double
        var wrapper: Double
        var floor: Double
    }

    static func table(_ tools: BenchTools) async throws -> String {
        let tickets = tools.quick ? 1_000 : 5_000
        let runs = tools.quick ? 1 : 3
        var table = MarkdownTable(["latency", "`assembla` run", "ours", "Python wrapper", "floor (curl)", "wrapper ÷ ours",
                                   "ours ÷ floor", "goal", "goal met"])
        for latency in [20, 100] {
            let medians = try await measure(tools, tickets: tickets, latencyMilliseconds: latency, runs: runs)
            for (run, ours) in [("first (no hints)", medians.ours), ("later (hints)", medians.oursLater)] {
                let speedup = medians.wrapper / ours
                let overFloor = ours / medians.floor
                let (goal, met) = latency == 100 ? ("wrapper ÷ ours ≥ 5", speedup >= 5) : ("ours ÷ floor ≤ 1.25", overFloor <= 1.25)
                table.append(["\(latency) ms", run, Format.seconds(ours), Format.seconds(medians.wrapper), Format.seconds(medians.floor),
                              Format.ratio(speedup), Format.ratio(overFloor), goal, Format.met(met)])
            }
        }
        let pages = pageCount(tickets)
        let caption = """
            All \(Format.count(tickets)) tickets of Big Project, whole process, median of \(runs) run\(runs == 1 ? "" : "s"): \
            `assembla -c '\(BenchTools.countStatement)'` vs the Python wrapper's `space.tickets()` \
            vs `curl --parallel --parallel-max 6` fetching the same \(pages) pages (per_page=100) into /dev/null. \
            A first run has no hints (an empty cache directory each time); a later run has those the run \
            before it kept in `$XDG_CACHE_HOME/assembla/hints` (the spaces list, the list's length), so its \
            ticket pages start with the spaces list and all 6 go out at once. Same requests either way.
            """
        return [caption, "", table.rendered].joined(separator: "\n")
    }

    /// Pages of 100 that hold `tickets` tickets.
    static func pageCount(_ tickets: Int) -> Int { max(1, (tickets + 99) / 100) }

    /// Runs the three contenders in turn, `runs` rounds, against one sandbox; checks every answer.
    static func measure(_ tools: BenchTools, tickets: Int, latencyMilliseconds: Int, runs: Int) async throws -> Medians {
        try await BenchTools.withCacheDirectory { hints in
            try await BenchTools.withSandbox(tickets: tickets, latencyMilliseconds: latencyMilliseconds) { server in
                var ours: [Double] = []
                var oursLater: [Double] = []
                var wrapper: [Double] = []
                var floor: [Double] = []
                let later = tools.assemblaInvocation(server, ["-c", BenchTools.countStatement], cache: hints)
                try check(try await later.run(), "assembla -c (keeping hints)", answer: String(tickets))
                for _ in 0..<runs {
                    let ourRun = try await tools.runAssembla(server, ["-c", BenchTools.countStatement])
                    try check(ourRun, "assembla -c '\(BenchTools.countStatement)'", answer: String(tickets))
                    ours.append(ourRun.seconds)
                    let laterRun = try await later.run()
                    try check(laterRun, "assembla -c '\(BenchTools.countStatement)' (later run)", answer: String(tickets))
                    oursLater.append(laterRun.seconds)
                    let wrapperRun = try await tools.runWrapper(server, "list_all")
                    try check(wrapperRun, "wrapper.py list_all", answer: String(tickets))
                    wrapper.append(wrapperRun.seconds)
                    let curlRun = try await ChildProcess.run(tools.curl, curlArguments(server, pages: pageCount(tickets)))
                    try check(curlRun, "curl --parallel", answer: nil)
                    floor.append(curlRun.seconds)
                }
                return Medians(ours: Format.median(ours), oursLater: Format.median(oursLater), wrapper: Format.median(wrapper),
                               floor: Format.median(floor))
            }
        }
    }

    /// One `curl --parallel --parallel-max 6` fetching every page with the owner's key and secret.
    static func curlArguments(_ server: SandboxServer, pages: Int) -> [String] {
        let base = server.baseURL.absoluteString
        var arguments = ["--silent", "--show-error", "--fail", "--parallel", "--parallel-max", "6",
                         "-H", "X-Api-Key: \(SandboxCredentials.owner.key)",
                         "-H", "X-Api-Secret: \(SandboxCredentials.owner.secret)"]
        for page in 1...pages {
            arguments += ["\(base)/v1/spaces/big-project/tickets.json?per_page=100&page=\(page)", "-o", "/dev/null"]
        }
        return arguments
    }

    /// Throws unless the run exited 0 and (when given) printed exactly `answer`.
    static func check(_ run: ChildProcess, _ what: String, answer: String?) throws {
        guard run.status == 0 else { throw BenchError.failed(what, run) }
        if let answer, run.trimmedOutput != answer {
            throw BenchError.wrongAnswer(what, expected: answer, got: String(run.trimmedOutput.prefix(80)))
        }
    }
}
