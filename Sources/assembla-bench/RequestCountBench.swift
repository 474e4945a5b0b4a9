import ArgumentParser
import AssemblaSandbox
import Foundation

/// Requests sent by each statement of issue 9's table and by each example in
/// `scripts/examples/`, by the `assembla` binary and by the original Python wrapper, each run in
/// its own process against its own fresh 600-ticket sandbox and counted in the sandbox's
/// request log.
struct RequestCountBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "requests",
        abstract: "Count the requests of issue 9's statements and of every example, ours vs the Python wrapper.")

    @OptionGroup var tools: BenchTools

    /// Tickets in Big Project (issue 9 measured on 600).
    static let tickets = 600

    /// One statement of issue 9's table: what it is, its wrapper equivalent and its budget.
    struct Statement {
        var statement: String
        var wrapperRun: String
        var needed: Int
        var neededNote: String
        /// Whether ours and the wrapper print the same bare answer (checked).
        var sameAnswer: Bool
    }

    static let statements: [Statement] = {
        let pages = tickets / 100 + 1  // per_page=100; a full last page needs one more (empty) page to show the end
        return [
            Statement(statement: #"space "Big Project" | ticket 201 | get status_name"#, wrapperRun: "statement_ticket_status",
                      needed: 2, neededNote: "2 (spaces, the ticket)", sameAnswer: true),
            Statement(statement: #"space "Big Project" | tickets | count"#, wrapperRun: "statement_count",
                      needed: 1 + pages, neededNote: "\(1 + pages) (spaces + \(pages) pages)", sameAnswer: true),
            Statement(statement: #"space "Big Project" | tickets | first 5"#, wrapperRun: "statement_first_5",
                      needed: 3, neededNote: "≤ 3", sameAnswer: false),
            Statement(statement: #"space "Big Project" | tickets | sort updated_at desc | first 10"#,
                      wrapperRun: "statement_sort_first_10", needed: 4, neededNote: "≤ 4", sameAnswer: false),
            Statement(statement: "stream since=-24h | count", wrapperRun: "statement_stream_count",
                      needed: 3, neededNote: "≤ 3", sameAnswer: true),
        ]
    }()

    /// Examples the wrapper (2.8.0) has no API for: tasks, `me`, space and member writes.
    static let withoutWrapperEquivalent: [String: String] = [
        "tasks": "no tasks API", "demo": "no `me`, no tasks", "space-api": "no space writes, tools or members",
    ]

    mutating func run() async throws {
        try tools.checkInstalled([tools.assembla, tools.python])
        print(try await Self.table(tools))
    }

    /// The section: a caption and the table.
    static func table(_ tools: BenchTools) async throws -> String {
        let runs = tools.quick ? 1 : 3
        var table = MarkdownTable(["statement / example", "requests (ours)", "ours, a later run", "Python wrapper", "needed", "goal met"])
        var notes: [String] = []
        for statement in statements {
            let ours = try await count("`assembla -c '\(statement.statement)'`", runs: runs) { server in
                try await tools.runAssembla(server, ["-c", statement.statement])
            }
            let theirs = try await count("`wrapper.py \(statement.wrapperRun)`", runs: runs) { server in
                try await tools.runWrapper(server, statement.wrapperRun)
            }
            if statement.sameAnswer, let ourRun = ours.run, let theirRun = theirs.run,
               ourRun.trimmedOutput != theirRun.trimmedOutput {
                notes.append("`\(statement.statement)`: ours answered \(ourRun.trimmedOutput), the wrapper \(theirRun.trimmedOutput)")
            }
            let met = ours.requests.map { ourCount in
                ourCount <= statement.needed && theirs.requests.map { ourCount <= $0 } ?? true
            } ?? false
            let later = try await laterCount(tools, statement.statement)
            table.append(["`\(statement.statement.replacingOccurrences(of: "|", with: "\\|"))`", ours.cell, later, theirs.cell,
                          statement.neededNote, Format.met(met)])
            notes += [ours.failure, theirs.failure].compactMap { $0 }
        }
        for file in try exampleFiles(tools.examples) {
            let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            let ours = try await count("`assembla \(file)`", runs: runs) { server in try await tools.runAssembla(server, [file]) }
            let theirs: Counted
            if let reason = withoutWrapperEquivalent[name] {
                theirs = Counted(requests: nil, run: nil, cell: "— (\(reason))", failure: nil)
            } else {
                let run = "example_" + name.replacingOccurrences(of: "-", with: "_")
                theirs = try await count("`wrapper.py \(run)`", runs: runs) { server in try await tools.runWrapper(server, run) }
            }
            let met: String = switch (ours.requests, theirs.requests) {
            case (let ourCount?, let theirCount?): Format.met(ourCount <= theirCount)
            case (nil, _): Format.met(false)
            case (_, nil): "—"
            }
            table.append(["`scripts/examples/\(name).asm`", ours.cell, "", theirs.cell, theirs.requests.map { "≤ \($0) (wrapper)" } ?? "—", met])
            notes += [ours.failure, theirs.failure].compactMap { $0 }
        }
        let caption = """
            Requests per process against a fresh \(Format.count(tickets))-ticket sandbox, counted in its request log\
            \(runs > 1 ? " (\(runs) runs each; a range when they differ; goals checked against the largest)" : ""). \
            "A later run": the same statement run again against the same sandbox with the hints the first run kept \
            (goals are checked on the first run).
            """
        return ([caption, "", table.rendered] + (notes.isEmpty ? [] : [""] + notes.map { "- note: \($0)" })).joined(separator: "\n")
    }

    /// The requests of `statement` run a second time against the same sandbox, with the hints
    /// the first run kept (the spaces list, where each list ended).
    static func laterCount(_ tools: BenchTools, _ statement: String) async throws -> String {
        try await BenchTools.withCacheDirectory { cache in
            try await BenchTools.withSandbox(tickets: tickets) { server in
                let invocation = tools.assemblaInvocation(server, ["-c", statement], cache: cache)
                let first = try await invocation.run()
                guard first.status == 0 else { return "failed (exit \(first.status))" }
                await server.resetRequestLog()
                let later = try await invocation.run()
                guard later.status == 0 else { return "failed (exit \(later.status))" }
                return String(await server.requests().count)
            }
        }
    }

    /// The requests of one process, over one or more runs (concurrent paging can make the
    /// count vary: pages past the end are requested before the end is seen), or why there is none.
    struct Counted {
        /// The largest count seen (what the goals are checked against); nil when a run failed.
        var requests: Int?
        var run: ChildProcess?
        var cell: String
        var failure: String?
    }

    /// Runs one process `runs` times, each against its own fresh sandbox, and counts the
    /// requests each logged: "13" when every run agrees, "13–14" when they do not.
    static func count(_ label: String, runs: Int, _ body: (SandboxServer) async throws -> ChildProcess) async throws -> Counted {
        var counts: [Int] = []
        var last: ChildProcess?
        for _ in 0..<max(1, runs) {
            let (run, requests) = try await BenchTools.withSandbox(tickets: tickets) { server in
                let run = try await body(server)
                return (run, await server.requests().count)
            }
            last = run
            guard run.status == 0 else {
                return Counted(requests: nil, run: run, cell: "failed (exit \(run.status))",
                               failure: "\(label) exited with \(run.status) after \(requests) requests: \(run.firstErrorLine)")
            }
            counts.append(requests)
        }
        let low = counts.min() ?? 0
        let high = counts.max() ?? 0
        return Counted(requests: high, run: last, cell: low == high ? String(high) : "\(low)–\(high)", failure: nil)
    }

    static func exampleFiles(_ directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasSuffix(".asm") }
            .sorted()
            .map { directory + "/" + $0 }
    }
}
