/// `let NAME = PIPELINE`: a statement form, listed here so `help let` explains it.
struct LetCommand: Command {
    let name = "let"
    let topic = CommandTopic.session
    let summary = "bind a pipeline's result to $NAME"
    let usage = "let NAME = PIPELINE"
    let details = "Runs the pipeline once and keeps its result and context: `$NAME | …` continues from it; `$NAME` as a value gives its value (a count, a field). Script arguments are $1, $2, …"
    let examples = ["let big = space \"Big Project\"", "$big | tickets status=Test | count",
                    "let n = space \"Big Project\" | tickets | count ; $big | tickets number>$n"]
    let argumentCount = 0...100
    let takesFilters = true

    func run(_ call: CommandCall) async throws -> PipelineValue {
        throw call.usageError("`let` starts a statement: `let NAME = PIPELINE`", at: call.stage.headRange)
    }
}
