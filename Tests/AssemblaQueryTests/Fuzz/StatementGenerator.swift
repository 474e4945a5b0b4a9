import Foundation

/// Random and mutated statements of the language, from its grammar: commands, arguments,
/// filters with `and`/`or`/parentheses, values at the edges (1e30, inf, NaN, huge relative
/// times, year 0000/9999 dates, quotes and escapes), `let`, `$variables`, redirects, `;` and
/// line breaks; then byte-level mutations. Self-contained (Foundation only): the property
/// test and `scripts/fuzz`'s end-to-end driver both compile this file.
struct StatementGenerator {
    /// Command names to start stages with (the registry's, plus a few unknown words).
    var commands: [String]
    /// Where generated `save`/`>` paths point (a scratch directory).
    var scratch: String
    /// Valid statements (command examples, example scripts) to start from and mutate.
    var seeds: [String] = []

    static let fields = ["name", "status", "status_name", "priority", "summary", "number", "updated_at", "created_at",
                         "assigned_to", "milestone", "hours", "login", "id", "due_date", "title", "tags", "space",
                         "team_permissions", "description", "ticket", "begin_at", "Severity", "nosuchfield", "x"]
    static let words = ["Test", "\"Big Project\"", "big-project", "Tickets", "jsmith", "\"John Smith\"", "Backlog", "desc",
                        "asc", "name", "hours", "open", "closed", "me", "true", "false", "null", "now", "today", "yesterday",
                        "or", "and", "banana", "#301", "301", "201", "-", "+", "Mobile", "\"Carla Díaz\"", "'single'"]
    static let numbers = ["0", "1", "-1", "2", "10", "1.5", "-2.25", "1e30", "inf", "-inf", "NaN", "nan", "1e308",
                          "9223372036854775807", "9223372036854775808", "-9223372036854775808", "99999999999999999999",
                          "0.000001", "2147483647", "2147483648", "00", "1.", ".5", "3"]
    static let times = ["-7d", "+2w", "-24h", "-30m", "-99999999999d", "+999999999999999w", "-999999999999999999d",
                        "+0m", "-500000w", "+1d", "2026-01-31", "2026-01-31T10:00", "0000-01-01", "9999-12-31",
                        "2026-02-30", "2026-13-01", "2026-01-31T25:00", "1970-01-01T00:00:00Z"]
    static let strings = ["\"\"", "\"a b\"", "\"quote \\\" inside\"", "\"\\n\\t\\\\\"", "\"$x\"", "\"\\$1\"", "'it''s'",
                          "\"unterminated", "\"bad \\q escape\"", "\"ü — 漢字 😀\""]
    static let operators = ["=", "!=", "<", "<=", ">", ">=", "~", "!~", "==", "!"]

    /// One statement (or a few, joined by `;` or line breaks).
    func statement<R: RandomNumberGenerator>(using rng: inout R) -> String {
        if !seeds.isEmpty, Bool.random(using: &rng) { return seeds.randomElement(using: &rng)! }
        let count = Int.random(in: 1...5, using: &rng) == 1 ? 2 : 1
        return (0..<count).map { _ in single(using: &rng) }.joined(separator: Bool.random(using: &rng) ? "; " : "\n")
    }

    /// A generated statement, then mutated with probability 1/3.
    func mutatedStatement<R: RandomNumberGenerator>(using rng: inout R) -> String {
        let text = statement(using: &rng)
        return Int.random(in: 0..<4, using: &rng) == 0 ? mutate(text, using: &rng) : text
    }

    private func single<R: RandomNumberGenerator>(using rng: inout R) -> String {
        var text = ""
        if Int.random(in: 0..<6, using: &rng) == 0 { text += "let v\(Int.random(in: 0..<3, using: &rng)) = " }
        let stages = [1, 1, 2, 2, 3, 4].randomElement(using: &rng)!
        text += (0..<stages).map { index in stage(first: index == 0, using: &rng) }.joined(separator: " | ")
        switch Int.random(in: 0..<10, using: &rng) {
        case 0: text += " > \(scratch)/out\(Int.random(in: 0..<3, using: &rng)).csv"
        case 1: text += " >> \(scratch)/out\(Int.random(in: 0..<3, using: &rng)).\(["csv", "json", "txt", "md"].randomElement(using: &rng)!)"
        default: break
        }
        return text
    }

    private func stage<R: RandomNumberGenerator>(first: Bool, using rng: inout R) -> String {
        var parts: [String] = []
        if first, Int.random(in: 0..<8, using: &rng) == 0 {
            parts.append("$" + ["v0", "v1", "1", "9", "x"].randomElement(using: &rng)!)
        } else if Int.random(in: 0..<12, using: &rng) == 0 {
            parts.append("save \(scratch)/saved\(Int.random(in: 0..<3, using: &rng)).\(["csv", "json", "tsv"].randomElement(using: &rng)!)")
            return parts.joined()
        } else {
            parts.append(commands.randomElement(using: &rng) ?? "spaces")
        }
        for _ in 0..<[0, 0, 0, 1, 1, 2].randomElement(using: &rng)! { parts.append(value(using: &rng)) }
        if Int.random(in: 0..<3, using: &rng) == 0 { parts.append(condition(depth: 0, using: &rng)) }
        return parts.joined(separator: " ")
    }

    private func condition<R: RandomNumberGenerator>(depth: Int, using rng: inout R) -> String {
        let count = Int.random(in: 1...3, using: &rng)
        return (0..<count).map { index -> String in
            var part: String
            if depth < 3, Int.random(in: 0..<5, using: &rng) == 0 {
                part = "(" + condition(depth: depth + 1, using: &rng) + ")"
            } else {
                let op = Int.random(in: 0..<20, using: &rng) == 0 ? Self.operators.randomElement(using: &rng)! : Self.operators[Int.random(in: 0..<8, using: &rng)]
                part = (Self.fields.randomElement(using: &rng) ?? "x") + op + value(using: &rng)
            }
            guard index > 0 else { return part }
            return (["", "and ", "or "].randomElement(using: &rng) ?? "") + part
        }.joined(separator: " ")
    }

    private func value<R: RandomNumberGenerator>(using rng: inout R) -> String {
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: return Self.words.randomElement(using: &rng)!
        case 1: return Self.numbers.randomElement(using: &rng)!
        case 2: return Self.times.randomElement(using: &rng)!
        default: return Self.strings.randomElement(using: &rng)!
        }
    }

    /// Byte-level mutations: delete, duplicate, insert a special character, swap two
    /// pieces, or repeat a parenthesis run.
    func mutate<R: RandomNumberGenerator>(_ text: String, using rng: inout R) -> String {
        var characters = Array(text)
        for _ in 0..<Int.random(in: 1...3, using: &rng) {
            guard !characters.isEmpty else { break }
            let index = Int.random(in: 0..<characters.count, using: &rng)
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: characters.remove(at: index)
            case 1: characters.insert(characters[index], at: index)
            case 2: characters.insert(["|", "(", ")", "\"", "'", "$", "=", ">", "\\", "\n", ";", "#", "\0", "é", "-"].randomElement(using: &rng)!, at: index)
            case 3:
                let other = Int.random(in: 0..<characters.count, using: &rng)
                characters.swapAt(index, other)
            case 4: characters.insert(contentsOf: Array(repeating: "(", count: Int.random(in: 1...200, using: &rng)), at: index)
            default: characters.insert(contentsOf: Array(Self.numbers.randomElement(using: &rng)!), at: index)
            }
        }
        return String(characters)
    }
}
