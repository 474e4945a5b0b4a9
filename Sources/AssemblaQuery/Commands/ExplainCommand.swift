/// `explain STATEMENT`: the statement's plan, without sending anything. The parser reads
/// `explain` before a pipeline; this command is what `help explain` shows, and what a bare
/// `explain` runs (a usage error).
struct ExplainCommand: Command {
    let name = "explain"
    let topic = CommandTopic.session
    let summary = "show what a statement will request, without sending anything"
    let usage = "explain STATEMENT"
    let details = """
        Prints the statement's plan and sends nothing: per stage, whether it reads from Assembla or runs \
        locally; for a source, each request (method, path, parameters), how many pages it reads (all, or \
        one at a time until a `first N` is met), what goes to the server (`state=` as `report`, `number=` \
        as `number[]`, `milestone=` as the milestone's path, `sort … | first N` as `sort_by`/`sort_order`, \
        `since`/`until` as `from`/`to`), which filters still run locally (all of them: the server only \
        narrows what is read), which lookups (users, milestones, spaces) the later stages or the output \
        need and how far each is read (`until ids found`: users and milestones turning ids into names \
        are read only until every id the records reference is found; `whole list`: a name to resolve), \
        and what the cache already holds. `:space` stands for a space not resolved yet (resolving \
        it would need a request). An `early` line under `space NAME` says the next stage starts \
        together with the spaces list, on the space an earlier run remembered under NAME (kept \
        only if the live record is the same; see `--no-hints`).
        """
    let examples = ["explain space \"Big Project\" | tickets | sort updated_at desc | first 10",
                    "explain space \"Big Project\" | tickets state=1 | count",
                    "explain stream since=-24h | count"]

    func run(_ call: CommandCall) async throws -> PipelineValue {
        throw call.usageError("`explain` goes before a statement, e.g. `explain space \"Big Project\" | tickets | count`")
    }
}
