/// `comment TEXT`: adds a comment to the selected ticket(s).
struct CommentCommand: Command {
    let name = "comment"
    let topic = CommandTopic.write
    let summary = "add a comment to the selected ticket(s)"
    let usage = "… | ticket N | comment TEXT"
    let details = "Commenting on more than one ticket asks first."
    let examples = ["space \"Big Project\" | ticket 301 | comment \"Deployed to staging\""]
    let argumentCount = 1...1

    func run(_ call: CommandCall) async throws -> PipelineValue {
        let (kind, tickets) = try call.inputRecords()
        guard kind == .ticket else { throw call.usageError("`comment` needs tickets", at: call.stage.headRange) }
        let text = try call.text(0)
        var requests: [WriteRequest] = []
        for ticket in tickets { requests.append(.comment(space: try await call.space(of: ticket), ticket: ticket, text: text)) }
        try await call.authorize("comment on \(tickets.count) tickets", preview: tickets.map { call.describe($0, .ticket) },
                                 risky: tickets.count > 1)
        let outcome = try await call.send(requests)
        let noun = tickets.count == 1 ? "ticket" : "tickets"
        return call.result(outcome, wouldDo: "comment on \(tickets.count) \(noun)",
                           done: tickets.count == 1 ? "commented on ticket #\(tickets[0].text("number") ?? "?")" : "commented on \(tickets.count) tickets")
    }
}
