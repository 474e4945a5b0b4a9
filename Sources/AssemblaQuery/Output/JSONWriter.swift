/// Encodes values as JSON, keeping record field order; dates as ISO-8601 strings, users as names,
/// numbers exact.
enum JSONWriter {
    /// Pretty-printed JSON (two-space indent).
    static func encode(_ value: Value, indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent)
        let inner = String(repeating: "  ", count: indent + 1)
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number):  // exact (shortest round-tripping form), unlike the rounded text for people
            guard number.isFinite else { return "null" }
            return number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .string(let text): return quote(text)
        case .date, .user: return quote(value.plainText)
        case .list(let values):
            if values.isEmpty { return "[]" }
            return "[\n" + values.map { inner + encode($0, indent: indent + 1) }.joined(separator: ",\n") + "\n" + pad + "]"
        case .record(let record):
            if record.fields.isEmpty { return "{}" }
            return "{\n" + record.fields.map { inner + quote($0.name) + ": " + encode($0.value, indent: indent + 1) }
                .joined(separator: ",\n") + "\n" + pad + "}"
        }
    }

    /// A JSON string literal.
    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
