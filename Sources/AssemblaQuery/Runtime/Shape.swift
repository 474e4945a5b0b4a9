/// What a stage's output is known to be before anything runs, for the checker: records of
/// a kind (with the columns a `select` kept), groups, bare values, one value, or unknown
/// (after a write, or a `$variable` bound at run time).
enum Shape: Sendable, Equatable {
    /// The start of a pipeline.
    case start
    case records(RecordKind, columns: [String]?)
    case groups(field: String, kind: RecordKind)
    case values
    case scalar
    case unknown

    /// The shape of data already computed (a `$variable` bound by an earlier statement).
    init(_ data: PipelineData) {
        switch data {
        case .none: self = .start
        case .records(let kind, _, let columns): self = .records(kind, columns: columns)
        case .groups(let field, let kind, _): self = .groups(field: field, kind: kind)
        case .values: self = .values
        case .scalar: self = .scalar
        case .message: self = .unknown
        }
    }

    /// The fields records of this shape have, with their types; nil when they cannot be
    /// known before running (unknown data, or a kind whose records carry extra fields).
    var fields: [FieldSpec]? {
        guard case .records(let kind, let columns) = self else { return nil }
        if let columns { return columns.map { FieldSpec($0, kind.type(of: $0)) } }
        return kind.hasOpenFields ? nil : kind.fields
    }

    /// The type of `field`, if the shape knows its records.
    func type(of field: String) -> FieldType? {
        switch self {
        case .records(let kind, let columns):
            if let columns { return columns.contains(field) ? kind.type(of: field) : nil }
            return kind.fields.contains { $0.name == field } ? kind.type(of: field) : nil
        case .groups(_, let kind): return kind.fields.contains { $0.name == field } ? kind.type(of: field) : nil
        default: return nil
        }
    }
}
