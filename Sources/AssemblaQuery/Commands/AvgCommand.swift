/// `avg FIELD`: the mean of a numeric field.
struct AvgCommand: AggregateCommand {
    let name = "avg"
    let needsNumbers = true
    let summary = "average of a numeric field (per group after `group`)"
    let usage = "avg [FIELD]"
    let details = "Empty values are left out; no values gives null."
    let examples = ["space \"Big Project\" | tickets | avg priority", "tasks | group user | avg hours"]

    func combine(_ values: [Value]) -> Value {
        let numbers = numbers(values)
        return numbers.isEmpty ? .null : .double(numbers.reduce(0, +) / Double(numbers.count))
    }
    func column(for field: String) -> String { "avg_" + field }
}
