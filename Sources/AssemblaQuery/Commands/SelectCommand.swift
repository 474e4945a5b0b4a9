/// `select FIELD…`: keeps only these fields, in this order.
struct SelectCommand: Command {
    let name = "select"
    let topic = CommandTopic.transform
    let summary = "keep only the named fields, in that order"
    let usage = "select FIELD [FIELD…]"
    let details = "Chooses the columns every output format shows."
    let examples = ["tickets | select number summary assigned_to", "stream since=-24h | select date author operation title url"]
    let argumentCount = 1...100

    func run(_ call: CommandCall) async throws -> PipelineValue {
        let (kind, records) = try call.inputRecords()
        let names = try call.fieldArguments(kind: kind, records: records).map(\.name)
        let schema = RecordSchema.shared(names)
        let projected = records.map { record in Record(schema: schema, values: record.values(names), origin: record.origin) }
        var value = call.output(.records(kind, projected, columns: names))
        value.scope = call.input.scope.narrowed(to: kind, records)  // the full records stay the context
        return value
    }
}

extension SelectCommand {
    func check(_ check: StageCheck) throws(Diagnostic) { _ = try check.fieldArguments() }

    func shape(after input: Shape, _ stage: Stage) -> Shape {
        guard case .records(let kind, _) = input else { return .unknown }
        let names = stage.arguments.compactMap { if case .word(let word) = $0.kind { word } else { $0.nameText } }
        return names.count == stage.arguments.count ? .records(kind, columns: names) : .unknown
    }
}
