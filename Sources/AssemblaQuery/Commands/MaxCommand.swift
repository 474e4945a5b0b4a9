/// `max FIELD`: the largest value of a field.
struct MaxCommand: AggregateCommand {
    let name = "max"
    let summary = "largest value of a field (per group after `group`)"
    let usage = "max [FIELD]"
    let details = "Works on numbers, dates and text."
    let examples = ["space \"Big Project\" | tickets | max number", "stream | group space | max date"]

    func combine(_ values: [Value]) -> Value { extreme(values, largest: true) }
    func column(for field: String) -> String { "max_" + field }
}
