/// `stream [since=… until=…] [filters]`: the activity stream.
struct StreamCommand: Command {
    let name = "stream"
    let topic = CommandTopic.source
    let producedKind: RecordKind? = .event
    let summary = "list recent activity (events)"
    let usage = "stream [since=TIME] [until=TIME] [FIELD OP VALUE…]"
    let details = "Lists activity events (created, updated, commented…) of your spaces, or of the selected space. Derived fields: author (name, matches login too), space."
    let examples = ["stream since=-24h | select date author operation title url",
                    "space \"Big Project\" | stream since=yesterday object=Ticket | count"]
    let takesFilters = true
    let ownFilters = [FieldSpec("since", .date), FieldSpec("until", .date)]

    func run(_ call: CommandCall) async throws -> PipelineValue {
        let bounds = try call.timeRange()
        let spaces = call.input.scope.spaces
        var records = try await call.context.backend.stream(from: bounds.from, to: bounds.to, space: spaces?.count == 1 ? spaces?[0] : nil)
        records = call.within(call.belonging(records, field: "space_id", to: spaces), field: "date", bounds)
        records = try await Enricher(lookups: call.context.lookups, needed: call.source?.lookups).enrich(records, kind: .event, space: nil)
        return call.output(.event, try await call.filtered(records, kind: .event, consumed: ["since", "until"]))
    }
}
