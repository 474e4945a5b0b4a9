import Assembla
import Foundation

/// The catalogue: every diagnostic the language can produce.
extension Diagnostic {
    static func unexpectedCharacter(_ character: Character, at range: SourceRange) -> Diagnostic {
        Diagnostic(phase: .parse, message: "unexpected character `\(character)`", range: range,
                   hint: character == "!" ? "use `!=` or `!~`, or quote the text" : "quote text that contains special characters")
    }
    static func unterminatedString(at range: SourceRange) -> Diagnostic {
        Diagnostic(phase: .parse, message: "unterminated string", range: range, hint: "close it with the same quote it starts with")
    }
    static func invalidEscape(_ character: Character, at range: SourceRange) -> Diagnostic {
        Diagnostic(phase: .parse, message: "invalid escape `\\\(character)` in string", range: range,
                   hint: "escapes are \\n \\t \\r \\\\ \\\" \\' \\$")
    }
    static func emptyVariable(at range: SourceRange) -> Diagnostic {
        Diagnostic(phase: .parse, message: "expected a variable name after `$`", range: range, hint: "write `$name` or `$1`")
    }
    static func expected(_ what: String, found token: Token) -> Diagnostic {
        Diagnostic(phase: .parse, message: "expected \(what), found \(token.kind.description)", range: token.range, hint: nil)
    }
    static func expectedCommand(found token: Token) -> Diagnostic {
        Diagnostic(phase: .parse, message: "expected a command, found \(token.kind.description)", range: token.range,
                   hint: "a statement is commands separated by `|`, e.g. `tickets status=Test | count`")
    }
    static func emptyStage(at range: SourceRange) -> Diagnostic {
        Diagnostic(phase: .parse, message: "empty stage: expected a command after `|`", range: range, hint: nil)
    }
    static func argumentAfterFilter(at range: SourceRange) -> Diagnostic {
        Diagnostic(phase: .parse, message: "expected a filter `field OP value` after a filter", range: range,
                   hint: "plain arguments come before filters, e.g. `add member jsmith role=member`")
    }
    static func invalidDate(_ text: String, at range: SourceRange) -> Diagnostic {
        Diagnostic(phase: .parse, message: "invalid date `\(text)`", range: range, hint: "dates look like 2026-01-31 or 2026-01-31T10:00")
    }
    static func nestedTooDeeply(_ limit: Int, at range: SourceRange) -> Diagnostic {
        Diagnostic(phase: .parse, message: "parentheses nest more than \(limit) deep", range: range,
                   hint: "split the filter, or remove parentheses that group nothing")
    }
    static func twoOutputs(at range: SourceRange, first: String) -> Diagnostic {
        Diagnostic(phase: .usage, message: "a statement writes one output, and \(first)", range: range,
                   hint: "bind the result with `let r = …`, then `$r | save a.csv` and `$r | save b.csv`")
    }
    static func appendColumnsDiffer(_ path: String, existing: String, new: String, at range: SourceRange) -> Diagnostic {
        Diagnostic(phase: .runtime,
                   message: "cannot append to \(path): its header is `\(shortened(existing))` but these rows have `\(shortened(new))`",
                   range: range, hint: "select the same columns (`select …`), or write a new file with `>`")
    }
    static func invalidNumber(_ text: String, at range: SourceRange) -> Diagnostic {
        Diagnostic(phase: .parse, message: "invalid number `\(text)`", range: range, hint: nil)
    }
    static func unknownCommand(_ name: String, at range: SourceRange, candidates: [String]) -> Diagnostic {
        Diagnostic(phase: .usage, message: "unknown command `\(shortened(name))`", range: range,
                   hint: didYouMean(name, candidates) ?? "`help` lists the commands")
    }
    static func usage(_ message: String, at range: SourceRange, usage: String) -> Diagnostic {
        Diagnostic(phase: .usage, message: message, range: range, hint: "usage: \(usage)")
    }
    static func unknownField(_ name: String, at range: SourceRange, fields: [String]) -> Diagnostic {
        let suggestion = didYouMean(name, fields).map { $0 + "; " } ?? ""
        return Diagnostic(phase: .usage, message: "unknown field `\(shortened(name))`", range: range,
                          hint: suggestion + "fields are: " + fields.joined(separator: ", "))
    }
    static func undefinedVariable(_ name: String, at range: SourceRange, known: [String]) -> Diagnostic {
        let isArgument = Int(name) != nil
        return Diagnostic(phase: .usage, message: isArgument ? "missing script argument `$\(shortened(name))`" : "undefined variable `$\(shortened(name))`",
                          range: range,
                          hint: isArgument ? "pass arguments after the script name" : didYouMean(name, known).map { $0 } ?? "define it with `let \(name) = …`")
    }
    static func typeMismatch(_ failure: CoercionFailure, field: String, at range: SourceRange) -> Diagnostic {
        let shown = failure.value.plainText
        let hint = didYouMean(shown, failure.candidates)
            ?? (failure.expected == .date ? "dates look like 2026-01-31, 2026-01-31T10:00, -7d, -24h, today, yesterday or now" : nil)
        return Diagnostic(phase: .usage, message: "`\(shown)` is not \(failure.expected.description), which `\(field)` needs",
                          range: range, hint: hint)
    }
    static func notNumeric(_ command: String, field: String, type: FieldType, at range: SourceRange) -> Diagnostic {
        Diagnostic(phase: .usage, message: "`\(command)` adds numbers, but `\(field)` is \(type.description)", range: range,
                   hint: "`min` and `max` work on any field; `count` counts records")
    }
    static func misplaced(_ message: String, at range: SourceRange, hint: String? = nil) -> Diagnostic {
        Diagnostic(phase: .usage, message: message, range: range, hint: hint)
    }
    static func runtime(_ message: String, at range: SourceRange, hint: String? = nil) -> Diagnostic {
        Diagnostic(phase: .runtime, message: message, range: range, hint: hint)
    }
    static func notFound(_ what: String, _ name: String, at range: SourceRange, candidates: [String]) -> Diagnostic {
        Diagnostic(phase: .runtime, message: "\(what) \"\(name)\" not found", range: range,
                   hint: didYouMean(name, candidates).map { $0 } ?? (candidates.isEmpty ? nil : "choose from: " + candidates.prefix(12).joined(separator: ", ") + (candidates.count > 12 ? ", …" : "")))
    }
    static func ambiguous(_ what: String, _ name: String, at range: SourceRange, candidates: [String]) -> Diagnostic {
        Diagnostic(phase: .runtime, message: "\(what) \"\(name)\" is ambiguous", range: range,
                   hint: "candidates: " + candidates.joined(separator: ", "))
    }
    static func refused(_ summary: String, at range: SourceRange) -> Diagnostic {
        Diagnostic(phase: .runtime, message: "refused to \(summary) without confirmation", range: range,
                   hint: "pass --yes, or run `confirm off` first")
    }
    static func declined(_ summary: String, at range: SourceRange) -> Diagnostic {
        Diagnostic(phase: .runtime, message: "cancelled: \(summary)", range: range, hint: nil)
    }
    static func jsonAppend(at range: SourceRange) -> Diagnostic {
        Diagnostic(phase: .usage, message: "cannot append JSON: two JSON documents in one file are not valid JSON", range: range,
                   hint: "write the file with `>`, or append CSV/TSV rows with `>> FILE.csv`")
    }
    static func fileError(_ path: String, _ reason: String, at range: SourceRange) -> Diagnostic {
        Diagnostic(phase: .runtime, message: "cannot write \(path): \(reason)", range: range, hint: nil)
    }

    /// "did you mean `x`?" for the closest candidate within a small edit distance, if any.
    static func didYouMean(_ name: String, _ candidates: [String]) -> String? {
        guard name.count <= 64 else { return nil }   // no command or field is that long; and O(n·m) on 1 MB is seconds
        let lowered = name.lowercased()
        let scored = candidates.map { ($0, EditDistance.between(lowered, $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, lowered.count / 3) else { return nil }
        return "did you mean `\(best.0)`?"
    }
}

/// Number and date range errors (see `NumberConversion`).
extension Diagnostic {
    static func notANumber(_ what: String, found text: String, at range: SourceRange, usage: String?, whole: Bool = false) -> Diagnostic {
        Diagnostic(phase: .usage, message: "\(what) needs a \(whole ? "whole " : "")number, found `\(Diagnostic.shortened(text))`", range: range,
                   hint: usage.map { "usage: \($0)" })
    }
    static func numberOutOfRange(_ what: String, found text: String, bounds: String, at range: SourceRange, usage: String?,
                                 whole: Bool = false) -> Diagnostic {
        Diagnostic(phase: .usage,
                   message: "\(what) needs a \(whole ? "whole " : "")number from \(bounds), found `\(Diagnostic.shortened(text))`",
                   range: range, hint: usage.map { "usage: \($0)" })
    }
    /// `subject` is how the message starts: "`-99999999999d`", "the time", "the start (now - hours)".
    static func dateOutOfRange(_ subject: String, at range: SourceRange) -> Diagnostic {
        Diagnostic(phase: .usage, message: "\(subject) is outside the years 0001–9999", range: range,
                   hint: "dates go from 0001-01-01 to 9999-12-31")
    }
    /// `text` cut to 40 characters for a message.
    static func shortened(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(37)) + "…"
    }
}

extension Diagnostic {
    static func timedOut(after limit: Duration, waitingFor request: String?, at range: SourceRange) -> Diagnostic {
        let seconds = ValueFormatting.number(Double(limit.components.seconds) + Double(limit.components.attoseconds) / 1e18)
        let waiting = request.map { ", waiting for \($0)" } ?? ""
        return Diagnostic(phase: .runtime, message: "the statement timed out after \(seconds) s\(waiting)", range: range,
                          hint: "the server did not answer in time; raise the limit with --timeout SECONDS or `timeout` in the config file")
    }
}
