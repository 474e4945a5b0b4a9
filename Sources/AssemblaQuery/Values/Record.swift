/// One named field of a record.
struct Field: Sendable, Equatable {
    let name: String
    var value: Value
}

/// A record: fields in order (API fields first, then derived ones).
struct Record: Sendable, Equatable {
    var fields: [Field]

    init(_ fields: [Field] = []) {
        self.fields = fields
    }

    /// The value of a field, nil when the record has no such field.
    subscript(name: String) -> Value? {
        fields.first { $0.name == name }?.value
    }

    /// The value of a field, looking first at position `hint` (records of one kind share their
    /// field order, so this is usually one comparison).
    func value(_ name: String, hint: Int) -> Value? {
        if hint < fields.count, fields[hint].name == name { return fields[hint].value }
        return self[name]
    }

    /// The values of `columns` in order (null for missing fields).
    func values(_ columns: [String]) -> [Value] {
        columns.enumerated().map { index, name in value(name, hint: index) ?? .null }
    }

    /// Sets a field, replacing an existing one in place or appending it.
    mutating func set(_ name: String, _ value: Value) {
        if let index = fields.firstIndex(where: { $0.name == name }) {
            fields[index].value = value
        } else {
            fields.append(Field(name: name, value: value))
        }
    }

    /// The field names in order.
    var names: [String] { fields.map(\.name) }

    /// A text field (for ids and names), nil when absent or not text-like.
    func text(_ name: String) -> String? {
        guard let value = self[name], value != .null else { return nil }
        return value.plainText
    }
}

extension Record {
    /// A whole-number field (an id, a ticket number); 0 when absent or not a whole number
    /// that fits an `Int` (never a trap).
    func integer(_ name: String) -> Int {
        self[name]?.number.flatMap { Int(exactly: $0) } ?? 0
    }
}
