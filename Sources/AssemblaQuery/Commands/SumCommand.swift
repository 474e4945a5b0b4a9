/// `sum FIELD`: the total of a numeric field.
struct SumCommand: AggregateCommand {
    let name = "sum"
    let needsNumbers = true
    let summary = "total of a numeric field (per group after `group`)"
    let usage = "sum [FIELD]"
    let details = "Prints just the number. After `group F`, one record per group with F and the total (named after the field)."
    let examples = ["tasks | sum hours", "tasks | group space | sum hours"]

    func combine(_ values: [Value]) -> Value { total(values) }
    func column(for field: String) -> String { field }
}
