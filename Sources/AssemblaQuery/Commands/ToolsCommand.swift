/// `tools [repo] [filters]`: tools installed in the space(s) in scope.
struct ToolsCommand: SpaceListCommand {
    let name = "tools"
    let summary = "list tools installed in the selected space(s)"
    let usage = "tools [repo] [FIELD OP VALUE…]"
    let details = "Lists the space's tools (Tickets, Wiki, Git…). `tools repo` lists only repository tools (Git, Subversion…)."
    let examples = ["space \"Big Project\" | tools", "space \"Big Project\" | tools repo"]
    let argumentCount = 0...1
    let kind = RecordKind.tool

    func fetch(_ backend: any QueryBackend, _ space: Record) async throws -> [Record] {
        try await backend.tools(space: space)
    }

    func run(_ call: CommandCall) async throws -> PipelineValue {
        let backend = call.context.backend
        guard let word = try call.optionalText(0) else {
            return try await call.perSpace(kind) { space in try await backend.tools(space: space) }
        }
        guard word == "repo" || word == "repos" else {
            throw call.usageError("`tools` takes only the word `repo`", at: call.range(ofArgument: 0))
        }
        return try await call.perSpace(kind) { space in try await backend.repositoryTools(space: space) }
    }
}

extension ToolsCommand {
    func check(_ check: StageCheck) throws(Diagnostic) {
        guard let word = try check.text(0), word != "repo", word != "repos" else { return }
        throw check.usageError("`tools` takes only the word `repo`", at: check.stage.arguments[0].range)
    }
}
