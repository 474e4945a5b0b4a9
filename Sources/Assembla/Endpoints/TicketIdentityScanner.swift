import Foundation

/// Reads a ticket list as ``TicketIdentity`` values in one pass over the bytes, without
/// building the JSON tree `JSONDecoder` builds first (most of a count's CPU): each element of
/// the top-level array must be an object whose own `id` and `number` are plain integers; every
/// other value is checked against JSON's grammar and skipped.
///
/// It answers only when it is sure: anything it does not handle exactly like `JSONDecoder` —
/// invalid JSON, a missing or non-integer `id`/`number`, a key written with escapes or
/// non-ASCII letters, a repeated `id` or `number`, nesting deeper than ``maxDepth``, a number too large for `Int` — makes it
/// return nil, and ``JSONResponseDecoder`` decodes the list the usual way (and reports the
/// error, if there is one). So it never accepts what `JSONDecoder` would refuse, nor reads
/// a different value.
struct TicketIdentityScanner {
    /// Deeper nesting is left to `JSONDecoder`.
    static let maxDepth = 64

    private let bytes: UnsafeRawBufferPointer
    private var index = 0

    private init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// The identities in `data`, or nil when `JSONDecoder` must decide.
    static func scan(_ data: Data) -> [TicketIdentity]? {
        data.withUnsafeBytes { raw in
            var scanner = TicketIdentityScanner(raw)
            return scanner.list()
        }
    }

    // MARK: The list and its objects

    private mutating func list() -> [TicketIdentity]? {
        var identities: [TicketIdentity] = []
        skipWhitespace()
        let read = sequence("[", "]") { scanner in
            guard let identity = scanner.object() else { return false }
            identities.append(identity)
            return true
        }
        return read && finished() ? identities : nil
    }

    /// One ticket: its `id` and `number`, every other member skipped.
    private mutating func object() -> TicketIdentity? {
        var id: Int?
        var number: Int?
        let read = sequence("{", "}") { scanner in
            guard let key = scanner.plainKey(), scanner.colon() else { return false }
            switch key {
            case .id:
                guard id == nil, let value = scanner.integer() else { return false }
                id = value
            case .number:
                guard number == nil, let value = scanner.integer() else { return false }
                number = value
            case .other:
                return scanner.skipValue(depth: 1)
            }
            return true
        }
        guard read, let id, let number else { return nil }
        return TicketIdentity(id: id, number: number)
    }

    /// `open`, then elements read by `element` separated by commas, then `close` (white space
    /// allowed around each); false at anything else. The one loop for arrays and objects.
    private mutating func sequence(_ open: Unicode.Scalar, _ close: Unicode.Scalar,
                                   element: (inout TicketIdentityScanner) -> Bool) -> Bool {
        guard take(UInt8(ascii: open)) else { return false }
        skipWhitespace()
        if take(UInt8(ascii: close)) { return true }
        while true {
            skipWhitespace()
            guard element(&self) else { return false }
            skipWhitespace()
            if take(UInt8(ascii: ",")) { continue }
            return take(UInt8(ascii: close))
        }
    }

    /// The `:` between a member's name and its value, with white space around it.
    private mutating func colon() -> Bool {
        skipWhitespace()
        guard take(UInt8(ascii: ":")) else { return false }
        skipWhitespace()
        return true
    }

    private enum Key { case id, number, other }

    /// A member name without escapes (one with escapes could spell `id`: left to JSONDecoder).
    private mutating func plainKey() -> Key? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let key = UnsafeRawBufferPointer(rebasing: bytes[start..<index])
                index += 1
                if key.elementsEqual("id".utf8) { return .id }
                if key.elementsEqual("number".utf8) { return .number }
                return .other
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { return nil }
            index += 1
        }
        return nil
    }

    /// A plain integer (`-?digits`, no fraction or exponent) that fits in `Int`.
    private mutating func integer() -> Int? {
        let start = index
        guard numberLiteral(), !bytes[start..<index].contains(where: { $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e") }),
              let text = String(bytes: bytes[start..<index], encoding: .utf8)
        else { return nil }
        return Int(text)
    }

    // MARK: Skipping values (checked, not kept)

    private mutating func skipValue(depth: Int) -> Bool {
        guard depth <= Self.maxDepth, index < bytes.count else { return false }
        switch bytes[index] {
        case UInt8(ascii: "\""): return skipString()
        case UInt8(ascii: "{"):
            return sequence("{", "}") { $0.skipString() && $0.colon() && $0.skipValue(depth: depth + 1) }
        case UInt8(ascii: "["):
            return sequence("[", "]") { $0.skipValue(depth: depth + 1) }
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "n"): return literal("null")
        default: return numberLiteral()
        }
    }

    /// A string of valid UTF-8 with valid escapes and no raw control characters (its text is
    /// not kept). A `\\u` escape of a UTF-16 surrogate must be a high one followed by a low one.
    private mutating func skipString() -> Bool {
        guard take(UInt8(ascii: "\"")) else { return false }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""): return true
            case UInt8(ascii: "\\"):
                guard index < bytes.count else { return false }
                let escaped = bytes[index]
                index += 1
                if escaped == UInt8(ascii: "u") {
                    guard let unit = hexUnit() else { return false }
                    if (0xDC00...0xDFFF).contains(unit) { return false }
                    if (0xD800...0xDBFF).contains(unit) {
                        guard take(UInt8(ascii: "\\")), take(UInt8(ascii: "u")), let low = hexUnit(),
                              (0xDC00...0xDFFF).contains(low) else { return false }
                    }
                } else if !"\"\\/bfnrt".utf8.contains(escaped) {
                    return false
                }
            case 0..<0x20: return false
            case 0x80...: guard skipUTF8(lead: byte) else { return false }
            default: continue
            }
        }
        return false
    }

    /// Four hex digits after `\\u`, as a UTF-16 unit.
    private mutating func hexUnit() -> Int? {
        guard index + 4 <= bytes.count else { return nil }
        var unit = 0
        for byte in bytes[index..<index + 4] {
            guard let digit = Self.hexValue(byte) else { return nil }
            unit = unit * 16 + digit
        }
        index += 4
        return unit
    }

    /// The continuation bytes of a multi-byte UTF-8 character whose lead byte was `lead`
    /// (no overlong forms, surrogates or code points past U+10FFFF).
    private mutating func skipUTF8(lead: UInt8) -> Bool {
        let count: Int
        var range: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: count = 1
        case 0xE0: count = 2; range = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: count = 2
        case 0xED: count = 2; range = 0x80...0x9F
        case 0xF0: count = 3; range = 0x90...0xBF
        case 0xF1...0xF3: count = 3
        case 0xF4: count = 3; range = 0x80...0x8F
        default: return false
        }
        guard index + count <= bytes.count, range.contains(bytes[index]) else { return false }
        for offset in 1..<count where !(0x80...0xBF).contains(bytes[index + offset]) { return false }
        index += count
        return true
    }

    /// JSON's number grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private mutating func numberLiteral() -> Bool {
        _ = take(UInt8(ascii: "-"))
        if take(UInt8(ascii: "0")) {
            // no leading zeros
        } else {
            guard digits() else { return false }
        }
        if take(UInt8(ascii: ".")) { guard digits() else { return false } }
        if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
            if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
            guard digits() else { return false }
        }
        return true
    }

    private mutating func digits() -> Bool {
        let start = index
        while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
        return index > start
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let matches = word.withUTF8Buffer { UnsafeRawBufferPointer(rebasing: bytes[index..<index + count]).elementsEqual($0) }
        if matches { index += count }
        return matches
    }

    // MARK: Bytes

    private mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    private mutating func finished() -> Bool {
        skipWhitespace()
        return index == bytes.count
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private static func hexValue(_ byte: UInt8) -> Int? {
        if isDigit(byte) { return Int(byte - UInt8(ascii: "0")) }
        let lower = byte | 0x20
        return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "f") ? Int(lower - UInt8(ascii: "a")) + 10 : nil
    }
}
