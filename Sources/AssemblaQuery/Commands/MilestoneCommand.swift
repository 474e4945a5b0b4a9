/// `milestone NAME`: selects one milestone of the space(s) in scope.
struct MilestoneCommand: Command {
    let name = "milestone"
    let topic = CommandTopic.source
    let producedKind: RecordKind? = .milestone
    let summary = "select one milestone by title"
    let usage = "milestone TITLE|ID"
    let details = "Selects a milestone of the spaces in scope. Following `tickets` lists that milestone's tickets; `user NAME` then narrows to one assignee."
    let examples = ["space \"Big Project\" | milestone \"Release Candidate 1\"",
                    "space \"Big Project\" | milestone \"Release Candidate 1\" | tickets",
                    "space \"Big Project\" | milestone \"Release Candidate 1\" | user \"John Smith\" | tickets"]
    let argumentCount = 1...1

    func run(_ call: CommandCall) async throws -> PipelineValue {
        let lookups = call.context.lookups
        let enricher = Enricher(lookups: lookups)
        let all = try await call.concurrently(try await call.spacesInScope()) { space in
            try await enricher.enrich(try await lookups.milestones(of: space), kind: .milestone, space: space)
        }
        let milestone = try call.pick(try call.text(0), from: all, keys: ["title", "id"], what: "milestone",
                                      at: call.range(ofArgument: 0))
        var value = call.output(.milestone, [milestone])
        if let id = milestone.text("space_id"), let space = try await lookups.space(id: id) {
            value.scope.spaces = [space]
        }
        return value
    }
}
