import Foundation

/// A scalar that decodes from the JSON types the API actually sends for it
/// (numbers as strings, ints where strings are documented, …).
protocol LenientDecodable {
    /// Decodes the value at `key`, which is present and not null.
    static func decodeLeniently<K: CodingKey>(from container: KeyedDecodingContainer<K>, forKey key: K) throws -> Self
}

/// A coding key made from any string (for maps keyed by data, like custom fields).
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { stringValue = String(intValue) }
}

extension KeyedDecodingContainer {
    /// The value at `key`, decoded leniently; nil when the key is missing or null.
    func lenient<T: LenientDecodable>(_ key: Key, as type: T.Type = T.self) throws -> T? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        return try T.decodeLeniently(from: self, forKey: key)
    }

    /// The value at `key`, decoded leniently; throws when missing or null.
    func required<T: LenientDecodable>(_ key: Key, as type: T.Type = T.self) throws -> T {
        guard let value: T = try lenient(key) else {
            throw DecodingError.valueNotFound(T.self, .init(codingPath: codingPath + [key],
                                                            debugDescription: "missing \(key.stringValue)"))
        }
        return value
    }

    /// A timestamp (ISO 8601 with `Z` or an offset, optional fraction, or a bare date).
    func date(_ key: Key) throws -> Date? {
        guard let text: String = try lenient(key), !text.isEmpty else { return nil }
        guard let date = APIDate.parse(text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self,
                                                   debugDescription: "not an ISO-8601 date: \"\(text.prefix(40))\"")
        }
        return date
    }

    /// A required timestamp.
    func requiredDate(_ key: Key) throws -> Date {
        guard let date = try date(key) else {
            throw DecodingError.valueNotFound(Date.self, .init(codingPath: codingPath + [key],
                                                               debugDescription: "missing \(key.stringValue)"))
        }
        return date
    }

    /// A calendar day `YYYY-MM-DD` (a full timestamp is cut to its day).
    func day(_ key: Key) throws -> CalendarDay? {
        guard let text: String = try lenient(key), !text.isEmpty else { return nil }
        guard let day = CalendarDay(rawValue: String(text.prefix(10))),
              text.count == 10 || APIDate.parse(text) != nil else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self,
                                                   debugDescription: "not a YYYY-MM-DD date: \"\(text.prefix(40))\"")
        }
        return day
    }

    /// A URL; an empty or unparsable one is nil (the API sends `""` for "none").
    func url(_ key: Key) throws -> URL? {
        guard let text: String = try lenient(key) else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : URL(string: trimmed)
    }

    /// Text that may arrive as a string or as a list of strings (YAML leftovers such as
    /// `tabs_order`); a list is joined with newlines.
    func text(_ key: Key) throws -> String? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let list = try? decode([String].self, forKey: key) { return list.joined(separator: "\n") }
        return try String.decodeLeniently(from: self, forKey: key)
    }

    /// A list of strings; a comma-separated string is split.
    func strings(_ key: Key) throws -> [String]? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let list = try? decode([String].self, forKey: key) { return list }
        let text = try String.decodeLeniently(from: self, forKey: key)
        return text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// A string-to-string map whose values may be strings, numbers or booleans (null values dropped).
    func stringMap(_ key: Key) throws -> [String: String]? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if (try? decode([String].self, forKey: key)) != nil { return [:] }
        let nested = try nestedContainer(keyedBy: AnyCodingKey.self, forKey: key)
        var map: [String: String] = [:]
        for field in nested.allKeys {
            if let value: String = try nested.lenient(field) { map[field.stringValue] = value }
        }
        return map
    }
}

extension LenientDecodable where Self: RawRepresentable, RawValue: LenientDecodable {
    /// A raw-value type decodes as leniently as its raw value; any value is kept.
    static func decodeLeniently<K: CodingKey>(from c: KeyedDecodingContainer<K>, forKey key: K) throws -> Self {
        let raw = try RawValue.decodeLeniently(from: c, forKey: key)
        guard let value = Self(rawValue: raw) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "unexpected value \(raw)")
        }
        return value
    }
}

extension Int: LenientDecodable {
    static func decodeLeniently<K: CodingKey>(from c: KeyedDecodingContainer<K>, forKey key: K) throws -> Int {
        if let value = try? c.decode(Int.self, forKey: key) { return value }
        if let value = try? c.decode(Double.self, forKey: key), value.rounded() == value, abs(value) < 1e15 { return Int(value) }
        if let text = try? c.decode(String.self, forKey: key) {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if let value = Int(trimmed) { return value }
            if let value = Double(trimmed), value.rounded() == value, abs(value) < 1e15 { return Int(value) }
        }
        throw DecodingError.typeMismatch(Int.self, .init(codingPath: c.codingPath + [key], debugDescription: "expected an integer"))
    }
}

extension Double: LenientDecodable {
    static func decodeLeniently<K: CodingKey>(from c: KeyedDecodingContainer<K>, forKey key: K) throws -> Double {
        if let value = try? c.decode(Double.self, forKey: key) { return value }
        if let text = try? c.decode(String.self, forKey: key), let value = Double(text.trimmingCharacters(in: .whitespaces)) {
            return value
        }
        throw DecodingError.typeMismatch(Double.self, .init(codingPath: c.codingPath + [key], debugDescription: "expected a number"))
    }
}

extension String: LenientDecodable {
    static func decodeLeniently<K: CodingKey>(from c: KeyedDecodingContainer<K>, forKey key: K) throws -> String {
        if let value = try? c.decode(String.self, forKey: key) { return value }
        if let value = try? c.decode(Int.self, forKey: key) { return String(value) }
        if let value = try? c.decode(Double.self, forKey: key) { return String(value) }
        if let value = try? c.decode(Bool.self, forKey: key) { return String(value) }
        throw DecodingError.typeMismatch(String.self, .init(codingPath: c.codingPath + [key], debugDescription: "expected text"))
    }
}

extension Bool: LenientDecodable {
    static func decodeLeniently<K: CodingKey>(from c: KeyedDecodingContainer<K>, forKey key: K) throws -> Bool {
        if let value = try? c.decode(Bool.self, forKey: key) { return value }
        if let value = try? c.decode(Int.self, forKey: key), value == 0 || value == 1 { return value == 1 }
        if let text = try? c.decode(String.self, forKey: key) {
            switch text.lowercased() {
            case "true", "1", "yes": return true
            case "false", "0", "no": return false
            default: break
            }
        }
        throw DecodingError.typeMismatch(Bool.self, .init(codingPath: c.codingPath + [key], debugDescription: "expected true or false"))
    }
}
