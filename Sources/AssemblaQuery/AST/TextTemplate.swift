/// Text that may refer to `$1` or `$name`: a quoted string (`"out/$1-report.csv"`) or a
/// redirect target. `\$` in a string is a literal dollar; `${name}` separates a name from
/// the letters after it; a `$` not followed by a name stays a `$`.
struct TextTemplate: Sendable, Equatable {
    /// A piece of the text.
    enum Part: Sendable, Equatable {
        case text(String)
        /// `$name` or `$1`, with its range in the source.
        case variable(String, SourceRange)
    }

    var parts: [Part]

    init(parts: [Part]) {
        self.parts = parts
    }

    /// Plain text with nothing to interpolate.
    init(_ text: String) {
        parts = [.text(text)]
    }

    /// The text when it refers to no variable.
    var literal: String? {
        variables.isEmpty ? parts.map { if case .text(let text) = $0 { text } else { "" } }.joined() : nil
    }

    /// The text as written, variables as `$name` (for messages and for guessing a format from an extension).
    var written: String {
        parts.map { part in
            switch part {
            case .text(let text): text
            case .variable(let name, _): "$" + name
            }
        }.joined()
    }

    /// The variables it refers to, in order.
    var variables: [(name: String, range: SourceRange)] {
        parts.compactMap { if case .variable(let name, let range) = $0 { (name, range) } else { nil } }
    }

    /// The text with each variable replaced by `value(name, range)`.
    func resolve<E: Error>(_ value: (String, SourceRange) throws(E) -> String) throws(E) -> String {
        var text = ""
        for part in parts {
            switch part {
            case .text(let piece): text += piece
            case .variable(let name, let range): text += try value(name, range)
            }
        }
        return text
    }

    /// Appends text, merging it with a text part before it.
    mutating func append(_ text: String) {
        if case .text(let previous)? = parts.last {
            parts[parts.count - 1] = .text(previous + text)
        } else {
            parts.append(.text(text))
        }
    }
}
