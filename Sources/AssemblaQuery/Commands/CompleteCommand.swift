/// `complete`: marks the selected milestone(s) completed.
struct CompleteCommand: Command {
    let name = "complete"
    let topic = CommandTopic.write
    let summary = "mark the selected milestone(s) completed"
    let usage = "… | milestone TITLE | complete"
    let details = "Sets is_completed=true; more than one milestone asks first."
    let examples = ["space \"Big Project\" | milestone \"RC3\" | complete"]

    func run(_ call: CommandCall) async throws -> PipelineValue {
        let (kind, milestones) = try call.inputRecords()
        guard kind == .milestone else { throw call.usageError("`complete` needs milestones", at: call.stage.headRange) }
        var requests: [WriteRequest] = []
        for milestone in milestones {
            requests.append(.updateMilestone(space: try await call.space(of: milestone), milestone: milestone,
                                             fields: [Field(name: "is_completed", value: .bool(true))]))
        }
        try await call.authorize("complete \(milestones.count) milestones", preview: milestones.map { call.describe($0, .milestone) },
                                 risky: milestones.count > 1)
        return call.report("complete", milestones.count, .milestone, try await call.send(requests))
    }
}
