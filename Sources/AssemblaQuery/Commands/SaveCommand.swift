/// `save FILE`: writes the result to a file, atomically, in the format its extension names.
struct SaveCommand: Command {
    let name = "save"
    let topic = CommandTopic.output
    let summary = "write the result to a file (format from the extension)"
    let usage = "… | save FILE"
    let details = "`.csv`, `.tsv`, `.json`, `.md`, `.txt` (table) choose the format; other names use the session's format. The file is replaced atomically: a failing statement never leaves a partial file. `> FILE` and `>> FILE` (append) do the same after any statement; `>>` adds CSV/TSV rows only under the same header. A statement writes one output: `save` with `>` or a second `save` is an error (bind the result with `let` to write two files)."
    let examples = ["space \"Big Project\" | tickets status=Test | save test-tickets.csv", "tasks | group space | sum hours | save hours.md"]
    let argumentCount = 1...1
    let endsPipeline = true

    func run(_ call: CommandCall) async throws -> PipelineValue {
        var value = call.input
        let path = FileManagerHome.expand(try call.text(0))
        value.save = Redirect(path: path, append: false, range: call.stage.range)
        return value
    }
}
