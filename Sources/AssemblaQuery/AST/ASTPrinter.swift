import Foundation

/// Prints a parsed script back as source that parses to the same tree (ranges aside):
/// `parse(print(ast)) == ast`, the property the fuzz test checks. Canonical spelling:
/// statements on their own lines, ` | ` between stages, `field=value` comparisons, nested
/// `and`/`or` groups in parentheses, strings in double quotes, relative times in minutes.
enum ASTPrinter {
    /// The whole script.
    static func print(_ script: Script) -> String {
        var text = ""
        for (index, statement) in script.statements.enumerated() {
            let printed = print(statement)
            // ` ;` first: a statement ending in a `\` word must not become a line continuation.
            if index > 0 { text += startsLikeComment(printed) ? " ;" : " ;\n" }
            // A first statement that starts like a comment is glued to an empty one (`;#x`).
            if index == 0, startsLikeComment(printed) { text += ";" }
            text += printed
        }
        return text
    }

    /// Whether `text` would start a comment after white space (`#` not before a digit): such
    /// a word is written glued to the delimiter before it (`|#x`, `"a"#x`), as it was read.
    static func startsLikeComment(_ text: String) -> Bool {
        guard text.first == "#" else { return false }
        return !(text.dropFirst().first?.isASCIIDigitCharacter ?? false)
    }

    /// One statement, with its `let` and redirect.
    static func print(_ statement: Statement) -> String {
        var text = ""
        if case .binding(let name, _, _) = statement.kind { text += "let \(name) =" }
        for (index, stage) in statement.pipeline.stages.enumerated() {
            let printed = print(stage)
            if index > 0 { text += " |" }
            if !text.isEmpty, !startsLikeComment(printed) { text += " " }
            text += printed
        }
        if let redirect = statement.redirect {
            text += (redirect.append ? " >> " : " > ") + quoted(redirect.target)
        }
        return text
    }

    static func print(_ stage: Stage) -> String {
        var parts: [String] = []
        switch stage.head {
        case .command(let name): parts.append(name)
        case .variable(let name): parts.append("$" + name)
        }
        for argument in stage.arguments {
            let printed = print(argument)
            if startsLikeComment(printed), let last = parts.popLast() { parts.append(last + printed) } else { parts.append(printed) }
        }
        if let condition = stage.condition {
            // Without filters (or after a `$variable`) a bare `a>b` would read as a redirect.
            // A `let` command's bare `a=b` would read as a binding (`let a = b`).
            let takesFilters = stage.commandName.map { $0 != "let" && Session.acceptsFilters($0) } ?? false
            let text = print(condition, nested: false)
            let condition = takesFilters || text.hasPrefix("(") ? text : "(" + text + ")"
            if startsLikeComment(condition), let last = parts.popLast() { parts.append(last + condition) } else { parts.append(condition) }
        }
        return parts.joined(separator: " ")
    }

    static func print(_ condition: Condition, nested: Bool) -> String {
        switch condition {
        case .comparison(let comparison):
            return comparison.field + comparison.op.rawValue + print(comparison.value)
        case .and(let parts):
            // A comparison whose field starts like a comment is glued to the one before it
            // (`a>"b"#c>1`), as it must have been written.
            let text = parts.map { print($0, nested: true) }.reduce("") { text, part in
                text.isEmpty ? part : text + (startsLikeComment(part) ? "" : " ") + part
            }
            return nested ? "(" + text + ")" : text
        case .or(let parts):
            let text = parts.map { print($0, nested: true) }.joined(separator: " or ")
            return nested ? "(" + text + ")" : text
        }
    }

    static func print(_ expression: Expression) -> String {
        switch expression.kind {
        case .word(let text): return text
        case .variable(let name): return "$" + name
        case .time(.now): return "now"
        case .time(.today): return "today"
        case .time(.yesterday): return "yesterday"
        case .time(.offset(let seconds)):
            // Offsets are whole minutes below 2^53 s (NumberConversion bounds them), so exact.
            let minutes = Int(exactly: (seconds / 60).rounded()) ?? 0
            return (minutes < 0 ? "-" : "+") + String(minutes.magnitude) + "m"
        case .literal(let value): return print(value)
        case .template(let template): return quoted(template)
        }
    }

    static func print(_ value: Value) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number): return plainDecimal(number)
        case .date(let date, let dayOnly): return ValueFormatting.iso(date, dayOnly: dayOnly)
        case .string(let text): return quoted(text)
        case .user(let user): return quoted(user.login)
        case .record, .list: return quoted(value.plainText)
        }
    }

    /// A template in double quotes: text escaped, variables as `${name}`.
    static func quoted(_ template: TextTemplate) -> String {
        var result = ""
        for part in template.parts {
            switch part {
            case .text(let text): result += String(quoted(text).dropFirst().dropLast())
            case .variable(let name, _): result += "${" + name + "}"
            }
        }
        return "\"" + result + "\""
    }

    /// `text` in double quotes with the lexer's escapes.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "$": result += "\\$"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\r\n": result += "\\r\\n"
            default: result.append(character)
            }
        }
        return result + "\""
    }

    /// A finite double as digits with an optional point, never an exponent (`1e+23` →
    /// `100000000000000000000000`), so the lexer reads it back as the same number.
    static func plainDecimal(_ number: Double) -> String {
        let text = "\(number)"
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }), let exponent = Int(text[text.index(after: e)...]) else {
            return text.hasSuffix(".0") ? String(text.dropLast(2)) + ".0" : text
        }
        var mantissa = String(text[..<e])
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa.removeFirst() }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(parts[0])
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        let digits = whole + fraction
        let point = whole.count + exponent
        var result: String
        if point <= 0 {
            result = "0." + String(repeating: "0", count: -point) + digits
        } else if point >= digits.count {
            result = digits + String(repeating: "0", count: point - digits.count) + ".0"
        } else {
            result = String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
        }
        return (negative ? "-" : "") + result
    }
}
