/// `min FIELD`: the smallest value of a field.
struct MinCommand: AggregateCommand {
    let name = "min"
    let summary = "smallest value of a field (per group after `group`)"
    let usage = "min [FIELD]"
    let details = "Works on numbers, dates and text."
    let examples = ["space \"Big Project\" | tickets status=Test | min created_on"]

    func combine(_ values: [Value]) -> Value { extreme(values, largest: false) }
    func column(for field: String) -> String { "min_" + field }
}
