import Foundation

/// The type of a record field, as the checker and filters see it. A value written in a filter
/// meets a field through one step, `coerce`: text that reads as the field's type becomes that
/// type (`"-7d"` or `$1` against a date field is a date), anything else is an error.
enum FieldType: Sendable, Equatable {
    case text
    case number
    /// A ticket priority: 1…5, or a name (highest, high, normal, low, lowest).
    case priority
    /// A date-time or a calendar day.
    case date
    case bool
    /// A user (compares with a login or a full name; `me` is you).
    case user
    /// A list of text (a ticket's tags).
    case list
    /// A nested record (`custom_fields`).
    case record
    /// A field whose type is known only from its values (custom fields, group columns).
    case any

    /// Priority names, 1 highest … 5 lowest.
    static let priorityNames = ["highest", "high", "normal", "low", "lowest"]

    /// What the type is called in messages.
    var description: String {
        switch self {
        case .text: "text"
        case .number: "a number"
        case .priority: "a priority (1…5 or highest, high, normal, low, lowest)"
        case .date: "a date"
        case .bool: "true or false"
        case .user: "a user"
        case .list: "a list"
        case .record: "a record"
        case .any: "any value"
        }
    }

    /// Whether `sum` and `avg` can add values of this type.
    var isNumeric: Bool { self == .number || self == .priority || self == .any }

    /// `value` as a value of this type, read at `now` (for relative times).
    /// - Throws: `CoercionFailure` when the value cannot have this type (`banana` for a date).
    func coerce(_ value: Value, now: Date) throws(CoercionFailure) -> Value {
        switch (self, value) {
        case (_, .null), (_, .list), (.any, _), (.text, _), (.user, _), (.list, _), (.record, _):
            return value
        case (.date, .date):
            return value
        case (.date, .string(let text)):
            guard let date = DateValue.read(text, now: now) else { throw CoercionFailure(value: value, expected: self) }
            return date
        case (.number, .int), (.number, .double), (.priority, .int), (.priority, .double):
            return value
        case (.number, .string(let text)), (.priority, .string(let text)):
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if let integer = Int(trimmed) { return .int(integer) }
            if let double = Double(trimmed), double.isFinite { return .double(double) }
            if self == .priority, let index = FieldType.priorityNames.firstIndex(of: trimmed.lowercased()) {
                return .int(index + 1)
            }
            throw CoercionFailure(value: value, expected: self)
        case (.bool, .bool):
            return value
        case (.bool, .string(let text)):
            switch text.lowercased() {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: throw CoercionFailure(value: value, expected: self)
            }
        default:
            throw CoercionFailure(value: value, expected: self)
        }
    }

    /// Whether a comparison with `op` reads its value as this type (`~` and `!~` compare text).
    static func coerces(_ op: ComparisonOperator) -> Bool {
        op != .contains && op != .notContains
    }
}

/// A value that cannot have a field's type.
struct CoercionFailure: Error, Sendable, Equatable {
    let value: Value
    let expected: FieldType

    /// Candidates for "did you mean" (priority names).
    var candidates: [String] { expected == .priority ? FieldType.priorityNames : [] }
}

/// A field of a record kind with its type, as the field schema gives it
/// (`scripts/dev/generate-models.py` generates every kind's list: `RecordKind+Fields.swift`).
struct FieldSpec: Sendable, Equatable {
    let name: String
    let type: FieldType
    /// Whether a write that creates a record may set it.
    var onCreate = false
    /// Whether a write that changes a record may set it.
    var onUpdate = false
    /// Where its values' names come from (a ticket's `status`: the space's statuses), nil for free text.
    var names: NameDomain?
    /// Filled only when a statement names it, since it costs requests (a ticket's `tags`).
    var onDemand = false
    /// The lists a derived field is filled from (`assigned_to` needs users); empty for API fields.
    var lookups: Set<Lookup> = []

    init(_ name: String, _ type: FieldType, onCreate: Bool = false, onUpdate: Bool = false, names: NameDomain? = nil,
         onDemand: Bool = false, lookups: Set<Lookup> = []) {
        self.name = name
        self.type = type
        self.onCreate = onCreate
        self.onUpdate = onUpdate
        self.names = names
        self.onDemand = onDemand
        self.lookups = lookups
    }

    /// Whether `write` may set this field.
    func isWritable(on write: WriteOperation) -> Bool {
        switch write {
        case .create: onCreate
        case .update: onUpdate
        }
    }
}
