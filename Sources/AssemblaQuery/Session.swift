import Foundation

/// Runs AssemblaQuery source against Assembla: parses it whole (a parse error runs nothing),
/// then runs statement by statement, printing each result through `output` or writing it to a
/// file atomically, and stops at the first failure.
///
/// ```swift
/// let session = Session(client: assembla, options: SessionOptions(format: .table))
/// let result = await session.run(source: "space \"Big Project\" | tickets status=Test | count", origin: .commandLine)
/// ```
public final class Session: Sendable {
    /// The options given at creation.
    public let options: SessionOptions
    let backend: any QueryBackend
    let state = Environment()
    private let hooks = Hooks()

    init(backend: any QueryBackend, options: SessionOptions) {
        self.backend = backend
        self.options = options
    }

    /// Asks the person whether to go ahead with a write; set by the REPL. The default declines.
    public var confirm: @Sendable (String) async -> Bool {
        get { hooks.confirm }
        set { hooks.confirm = newValue }
    }

    /// Receives everything a statement prints (results, messages); the default prints to stdout.
    public var output: @Sendable (String) -> Void {
        get { hooks.output }
        set { hooks.output = newValue }
    }

    /// Receives what goes to standard error besides failures: warnings (a filter name that
    /// matches nothing) and notices such as `(no results)`. The default writes to stderr.
    public var errorOutput: @Sendable (String) -> Void {
        get { hooks.errorOutput }
        set { hooks.errorOutput = newValue }
    }

    /// Parses and runs `source`.
    /// - Returns: `.ok`, or `.failed` with the exit code (2 parse/usage, 1 runtime/API) and the rendered diagnostic.
    public func run(source: String, origin: RunOrigin) async -> RunResult {
        let file = SourceFile(text: source, name: origin.sourceName)
        let formatter = DiagnosticFormatter(source: file, width: options.terminalWidth ?? 80)
        func failure(_ diagnostic: Diagnostic) -> RunResult {
            .failed(RunFailure(exitCode: diagnostic.exitCode, rendered: formatter.render(diagnostic)))
        }
        let script: Script
        do {
            var parser = try Parser(source: file, acceptsFilters: Session.acceptsFilters)
            script = try parser.parseScript()
            try Checker(state: state, arguments: options.arguments, now: Date()).check(script)
        } catch {
            return failure(error)
        }
        for (index, statement) in script.statements.enumerated() {
            if options.echo {
                output((index == 0 ? "" : "\n") + Self.transcript(of: file.text(statement.range)) + "\n")
            }
            do {
                try await runWithDeadline(statement, in: file)
            } catch {
                return failure(error)
            }
        }
        return .ok
    }

    /// A statement as typed at the prompt: `assembla> ` before its first line, `...> ` before the others.
    static func transcript(of text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
            .map { ($0.offset == 0 ? "assembla> " : "...> ") + $0.element }
            .joined(separator: "\n")
    }

    static func acceptsFilters(_ name: String) -> Bool {
        CommandRegistry.command(named: name)?.takesFilters ?? true
    }

    /// Runs `statement`, or fails when `options.timeout` passes first: the statement's task is
    /// cancelled and the diagnostic names the request that was still waiting.
    private func runWithDeadline(_ statement: Statement, in file: SourceFile) async throws(Diagnostic) {
        guard let limit = options.timeout else { return try await run(statement, in: file) }
        let backend = backend
        let cancellation = CancelLater()
        let outcome: Result<Void, Diagnostic> = await withTaskCancellationHandler { await withCheckedContinuation { continuation in
            let once = FirstResult(continuation)
            let work = Task {
                do throws(Diagnostic) {
                    try await self.run(statement, in: file)
                    once.resume(.success(()))
                } catch {
                    once.resume(.failure(error))
                }
            }
            let timer = Task {
                try await Task.sleep(for: limit)
                let waiting = backend.requestsInFlight.first
                if once.resume(.failure(.timedOut(after: limit, waitingFor: waiting, at: statement.range))) { work.cancel() }
            }
            once.onResume { timer.cancel() }
            cancellation.set { work.cancel() }
        } } onCancel: {
            cancellation.fire()   // Ctrl-C in the REPL cancels the statement, as without a deadline
        }
        try outcome.get()
    }

    /// Runs one statement, holding the lists it reads (each fetched once per statement, fresh
    /// after writes, which drop exactly what they change; kept beyond it only with the cache on).
    private func run(_ statement: Statement, in file: SourceFile) async throws(Diagnostic) {
        let lookups = Lookups(backend: backend)
        let output = hooks.output
        let errorOutput = hooks.errorOutput
        var context = StatementContext(backend: backend, lookups: lookups, state: state, options: options, now: Date(),
                                       confirm: hooks.confirm, print: { output($0 + "\n") })
        context.warn = { errorOutput($0 + "\n") }
        context.fieldNames = statement.pipeline.fieldNames
        var binding = false
        if case .binding = statement.kind { binding = true }
        let plan = Planner(pushdown: options.pushdown, defaultFormat: options.format)
            .plan(statement.pipeline, redirect: statement.redirect, binding: binding)
        var value = PipelineValue()
        if case .explain = statement.kind {
            var explainer = PlanExplainer(source: backend, text: { file.text($0) })
            if let (index, input) = await Evaluator(context: context).earlyInput(plan),
               case .records(_, let spaces, _) = input.data, let space = spaces.first {
                explainer.early = (index, space)
            }
            value.data = .message(await explainer.render(plan))
        } else {
            await backend.holdLists()  // each list once per statement, even with the cache off
            do {
                value = try await Evaluator(context: context).evaluate(plan)
                state.remember(names: await lookups.seenNames())
                await backend.releaseLists()
            } catch {
                state.remember(names: await lookups.seenNames())
                await backend.releaseLists()
                throw error
            }
        }
        if case .binding(let name, _, _) = statement.kind {
            state.bind(name, value)
            return
        }
        let result = value.data.result
        let format = value.format ?? (value.save ?? statement.redirect).flatMap { OutputFormat.inferred(fromPath: $0.path) }
            ?? options.format
        if case .records(_, let records, _) = result, records.isEmpty, format == .table || format == .md {
            errorOutput("(no results)\n")  // for people: never into a file or a pipe
        }
        if let target = value.save ?? statement.redirect {
            let path = FileManagerHome.expand(try context.interpolate(target.target))
            let format = value.format ?? OutputFormat.inferred(fromPath: path) ?? options.format
            if target.append, format == .json { throw Diagnostic.jsonAppend(at: target.range) }
            var text = OutputRenderer(format: format).render(result)
            if target.append, format == .csv || format == .tsv, case .records = result,
               let existing = AtomicFileWriter.firstLine(ofFileAt: path),
               let headerEnd = text.firstIndex(where: { $0 == "\n" || $0 == "\r\n" }) {
                // Appending rows: no second header, and only under the same columns.
                let header = String(text[..<headerEnd])
                guard existing == header else {
                    throw Diagnostic.appendColumnsDiffer(path, existing: existing, new: header, at: target.range)
                }
                text = String(text[text.index(after: headerEnd)...])
            }
            do {
                try AtomicFileWriter.write(text, to: path, append: target.append)
            } catch {
                throw Diagnostic.fileError(path, error.reason, at: target.range)
            }
        } else {
            let renderer = OutputRenderer(format: format, color: options.color, terminalWidth: options.terminalWidth)
            let text = renderer.render(result)
            if !text.isEmpty { output(text) }
        }
    }
}

/// The closures the shell sets, behind a lock so `Session` stays `Sendable`.
private final class Hooks: @unchecked Sendable {
    private let lock = NSLock()
    private var confirmHook: @Sendable (String) async -> Bool = { _ in false }
    private var outputHook: @Sendable (String) -> Void = { text in
        try? FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
    }
    private var errorOutputHook: @Sendable (String) -> Void = { text in
        FileHandle.standardError.write(Data(text.utf8))
    }

    var errorOutput: @Sendable (String) -> Void {
        get { lock.withLock { errorOutputHook } }
        set { lock.withLock { errorOutputHook = newValue } }
    }

    var confirm: @Sendable (String) async -> Bool {
        get { lock.withLock { confirmHook } }
        set { lock.withLock { confirmHook = newValue } }
    }

    var output: @Sendable (String) -> Void {
        get { lock.withLock { outputHook } }
        set { lock.withLock { outputHook = newValue } }
    }
}
