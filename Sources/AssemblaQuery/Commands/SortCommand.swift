/// `sort FIELD [desc] …`: orders records.
struct SortCommand: Command {
    let name = "sort"
    let topic = CommandTopic.transform
    let summary = "order records by one or more fields"
    let usage = "sort FIELD [asc|desc] [FIELD [asc|desc]…]"
    let details = "Numbers and dates by value, text case-insensitively (numbers inside text naturally); empty values last. Later keys break ties."
    let examples = ["tickets | sort priority number", "tickets | sort updated_at desc | first 10", "tasks | group user | sum hours | sort hours desc"]
    let argumentCount = 1...20

    func run(_ call: CommandCall) async throws -> PipelineValue {
        let (kind, records) = try call.inputRecords()
        var keys: [(name: String, descending: Bool)] = []
        for index in call.stage.arguments.indices {
            let word = try call.text(index)
            if word == "desc" || word == "asc" {
                guard !keys.isEmpty else { throw call.usageError("`\(word)` must follow a field", at: call.range(ofArgument: index)) }
                keys[keys.count - 1].descending = word == "desc"
            } else {
                try call.checkField(word, at: call.range(ofArgument: index), kind: kind, records: records)
                keys.append((word, false))
            }
        }
        let names = keys.map(\.name)
        let keyed = records.enumerated().map { (offset: $0.offset, keys: $0.element.values(names), record: $0.element) }
        let sorted = keyed.sorted { left, right in
            for (index, key) in keys.enumerated() {
                let a = left.keys[index]
                let b = right.keys[index]
                switch (a, b) {
                case (.null, .null): continue
                case (.null, _): return false  // empty values last, whatever the direction
                case (_, .null): return true
                default:
                    let order = ValueComparison.order(a, b) ?? .orderedSame
                    if order == .orderedSame { continue }
                    return key.descending ? order == .orderedDescending : order == .orderedAscending
                }
            }
            return left.offset < right.offset
        }.map(\.record)
        return call.output(.records(kind, sorted, columns: call.input.data.columns))
    }
}

extension SortCommand {
    func check(_ check: StageCheck) throws(Diagnostic) { _ = try check.fieldArguments(skipping: ["asc", "desc"]) }
}
