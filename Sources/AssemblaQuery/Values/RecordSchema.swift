import Foundation

/// The field names of records of one shape, in order, with each name's position: built once
/// per kind (per model type, per derived shape) and shared by every record of that shape, so a
/// record stores only its values. Adding a field to a shape gives the same extended schema
/// every time (memoised), so the records a stage enriches share one schema too.
final class RecordSchema: @unchecked Sendable {
    /// The field names in order.
    let names: [String]
    private let positions: [String: Int]
    /// Memo of `adding(_:)`, and the widest shape seen among this schema's extensions.
    private let lock = NSLock()
    private var extensions: [String: RecordSchema] = [:]
    private weak var base: RecordSchema?
    private var widest: Int

    /// A schema of `names` (a repeated name keeps its first position).
    convenience init(_ names: [String]) {
        self.init(names, base: nil)
    }

    private init(_ names: [String], base: RecordSchema?) {
        self.names = names
        self.base = base
        var positions: [String: Int] = [:]
        positions.reserveCapacity(names.count)
        for (index, name) in names.enumerated() where positions[name] == nil { positions[name] = index }
        self.positions = positions
        widest = names.count
    }

    /// The schema with no fields.
    static let empty = RecordSchema([])

    /// The number of fields.
    var count: Int { names.count }

    /// The position of `name`, nil when records of this shape have no such field.
    func index(of name: String) -> Int? { positions[name] }

    /// This schema with `name` appended: the same object every time for the same name.
    func adding(_ name: String) -> RecordSchema {
        lock.lock()
        if let known = extensions[name] {
            lock.unlock()
            return known
        }
        let extended = RecordSchema(names + [name], base: self)
        extensions[name] = extended
        lock.unlock()
        noteWidth(extended.count)
        return extended
    }

    /// How many values a record of this shape is likely to end with: the widest extension
    /// made from it (or its base) so far, so a record growing field by field allocates once.
    var expectedWidth: Int {
        lock.lock()
        defer { lock.unlock() }
        return widest
    }

    /// Notes that a shape derived from this one has `width` fields (for `expectedWidth`).
    private func noteWidth(_ width: Int) {
        var schema: RecordSchema? = self
        while let current = schema {
            current.lock.lock()
            let grew = width > current.widest
            if grew { current.widest = width }
            let next = current.base
            current.lock.unlock()
            guard grew else { return }
            schema = next
        }
    }
}

extension RecordSchema {
    /// The shared schema of `names`: records built from data with the same field names (the
    /// custom fields of a space's tickets, rows read from a file) share it. Distinct shapes
    /// are remembered up to a bound; past it each call builds its own schema.
    static func shared(_ names: [String]) -> RecordSchema {
        interned.intern(names)
    }

    /// The one schema per model type, for `Record(model:)`: built from the first model's
    /// names and checked against each later model's without copying them (a model whose
    /// names differ gets the shared schema of its names instead).
    static func forModel(_ type: Any.Type, names: some Collection<String>) -> RecordSchema {
        byModel.schema(for: ObjectIdentifier(type), names: names)
    }

    private static let interned = SchemaTable()
    private static let byModel = SchemaTable()
}

/// A bounded table of schemas, behind a lock.
private final class SchemaTable: @unchecked Sendable {
    private let lock = NSLock()
    private var byNames: [[String]: RecordSchema] = [:]
    private var byType: [ObjectIdentifier: RecordSchema] = [:]
    private let bound = 4_096

    func intern(_ names: [String]) -> RecordSchema {
        lock.lock()
        defer { lock.unlock() }
        if let known = byNames[names] { return known }
        let schema = RecordSchema(names)
        if byNames.count < bound { byNames[names] = schema }
        return schema
    }

    func schema(for type: ObjectIdentifier, names: some Collection<String>) -> RecordSchema {
        lock.lock()
        let known = byType[type]
        lock.unlock()
        if let known, known.names.elementsEqual(names) { return known }
        let schema = RecordSchema.shared(Array(names))
        guard known == nil else { return schema }
        lock.lock()
        defer { lock.unlock() }
        if byType[type] == nil { byType[type] = schema }
        return schema
    }
}
