/// One named value: a field of a write request, or a pair read off a record (`Record.fields`).
struct Field: Sendable, Equatable {
    let name: String
    var value: Value
}

/// A record: values in the order of a shared `RecordSchema` (API fields first, then derived
/// ones). Records of one shape share one schema, so a record holds no field names of its own;
/// lookups by name go through the schema's positions. `origin` is what the backend built it
/// from (a space's client handle), when it did.
struct Record: Sendable {
    /// The field names and positions, shared by the records of this shape.
    private(set) var schema: RecordSchema
    /// The values, in the schema's order.
    private(set) var values: [Value]
    /// What the backend built this record from; nil for records made by the language.
    var origin: RecordOrigin?

    /// A record of `schema` holding `values` (one per field; missing ones read as null,
    /// extra ones are dropped).
    init(schema: RecordSchema, values: [Value], origin: RecordOrigin? = nil) {
        assert(values.count == schema.count, "\(values.count) values for \(schema.count) fields")
        var values = values
        if values.count < schema.count { values += Array(repeating: .null, count: schema.count - values.count) }
        if values.count > schema.count { values.removeLast(values.count - schema.count) }
        self.schema = schema
        self.values = values
        self.origin = origin
    }

    /// A one-off record from field names and values in order, with the shared schema of those
    /// names (see `RecordSchema.shared`).
    init(names: [String], values: [Value]) {
        self.init(schema: RecordSchema.shared(names), values: values)
    }

    /// A record written out, e.g. `Record(["number": .int(7), "summary": .string("Login")])`.
    init(_ fields: KeyValuePairs<String, Value> = [:]) {
        self.init(names: fields.map(\.key), values: fields.map(\.value))
    }

    /// The value of a field, nil when the record has no such field.
    subscript(name: String) -> Value? {
        schema.index(of: name).map { values[$0] }
    }

    /// The values of `columns` in order (null for missing fields).
    func values(_ columns: [String]) -> [Value] {
        columns.map { name in schema.index(of: name).map { values[$0] } ?? .null }
    }

    /// Sets a field, replacing an existing one in place or appending it (the record then has
    /// the schema's memoised extension, shared with every record extended the same way).
    mutating func set(_ name: String, _ value: Value) {
        if let index = schema.index(of: name) {
            values[index] = value
            return
        }
        let extended = schema.adding(name)
        if values.capacity < extended.count {  // grow once, to the width records of this shape reached before
            values.reserveCapacity(max(extended.count, schema.expectedWidth))
        }
        values.append(value)
        schema = extended
    }

    /// Replaces the value at `index` (a position in `schema`); nothing happens out of range.
    mutating func replaceValue(at index: Int, with value: Value) {
        guard values.indices.contains(index) else { return }
        values[index] = value
    }

    /// The field names in order.
    var names: [String] { schema.names }

    /// The fields as name–value pairs, in order (made on demand; the record stores no names).
    var fields: [Field] { zip(schema.names, values).map { Field(name: $0, value: $1) } }

    /// A text field (for ids and names), nil when absent or not text-like.
    func text(_ name: String) -> String? {
        guard let value = self[name], value != .null else { return nil }
        return value.plainText
    }
}

extension Record: Equatable {
    /// Records are equal when they have the same fields with the same values, in the same
    /// order (where they came from does not count).
    static func == (left: Record, right: Record) -> Bool {
        (left.schema === right.schema || left.schema.names == right.schema.names) && left.values == right.values
    }
}

extension Record {
    /// A whole-number field (an id, a ticket number); 0 when absent or not a whole number
    /// that fits an `Int` (never a trap).
    func integer(_ name: String) -> Int {
        self[name]?.number.flatMap { Int(exactly: $0) } ?? 0
    }
}

extension [Record] {
    /// Every field name the records have, in order of first appearance (each shared schema
    /// is read once, however many records use it).
    var fieldNames: [String] {
        var names: [String] = []
        var seenNames = Set<String>()
        var seenSchemas = Set<ObjectIdentifier>()
        for record in self where seenSchemas.insert(ObjectIdentifier(record.schema)).inserted {
            for name in record.schema.names where seenNames.insert(name).inserted { names.append(name) }
        }
        return names
    }
}
