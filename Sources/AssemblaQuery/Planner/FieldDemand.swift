/// Which fields of a source's records the rest of a statement reads: the stages after it
/// and the output. Conservative: a stage it does not understand reads every field.
enum FieldDemand: Sendable, Equatable {
    /// Every field (json output, writes, `let`, unknown stages).
    case all
    /// Only these fields.
    case fields(Set<String>)

    /// The lookups the demanded fields of `kind` need.
    func lookups(for kind: RecordKind) -> Set<Lookup> {
        switch self {
        case .all: return Lookup.all(for: kind)
        case .fields(let names): return names.reduce(into: Set<Lookup>()) { $0.formUnion(Lookup.needed(for: $1, of: kind)) }
        }
    }

    /// The fields read by `stages` (those after a source of `kind`), ending with the output
    /// in `format` when records reach it (`binding`: the result is kept in a variable).
    static func after(_ stages: ArraySlice<Stage>, kind: RecordKind, format: OutputFormat, binding: Bool) -> FieldDemand {
        var read = Set<String>()
        var grouped = false
        for stage in stages {
            guard let name = stage.commandName else { return .all }
            read.formUnion(stage.condition?.comparisons.map(\.field) ?? [])
            let words = stage.arguments.compactMap(\.nameText)
            switch name {
            case "where", "first", "last":
                continue
            case "sort", "uniq", "group":
                if name == "group" { grouped = true }
                read.formUnion(words.filter { $0 != "asc" && $0 != "desc" })
                if words.count != stage.arguments.count { return .all }
            case "count":
                return .fields(read)
            case "select", "get", "sum", "avg", "min", "max":
                guard words.count == stage.arguments.count else { return .all }
                return .fields(read.union(words))
            case "table":
                guard stage.arguments.isEmpty else { return .all }
                return .fields(read.union(kind.tableColumns ?? kind.fieldNames))
            default:
                return .all
            }
        }
        if binding || grouped || format != .table { return .all }
        return .fields(read.union(kind.tableColumns ?? kind.fieldNames))
    }
}
