/// Turns source text into tokens. Comments (`#` at the start of a token, not followed by a digit)
/// run to the end of the line.
struct Lexer {
    private let source: SourceFile
    private var position = 0
    private var chars: [Character] { source.characters }

    init(source: SourceFile) {
        self.source = source
    }

    /// Characters that end a bare word.
    static let delimiters: Set<Character> = [" ", ",", "\t", "\n", "\r", "\r\n", "|", ";", "(", ")", "=", "!", "<", ">", "~", "\"", "'", "$", "&", "{", "}", "`"]

    /// Lexes the whole source, ending with `.endOfFile`.
    /// - Throws: `Diagnostic` for an unterminated string, a bad escape or an unexpected character.
    mutating func tokenize() throws(Diagnostic) -> [Token] {
        var tokens: [Token] = []
        while true {
            let token = try next()
            tokens.append(token)
            if token.kind == .endOfFile { return tokens }
        }
    }

    private mutating func next() throws(Diagnostic) -> Token {
        var spaceBefore = position == 0
        while position < chars.count {
            let character = chars[position]
            if character == " " || character == "\t" || character == "\r" || character == "," {  // `select a, b` reads as `select a b`
                position += 1
                spaceBefore = true
            } else if character == "#", spaceBefore || position == 0 || chars[position - 1] == "\n" || chars[position - 1] == "\r\n",
                      !(position + 1 < chars.count && chars[position + 1].isASCIIDigitCharacter) {
                // A comment; `#301` (a ticket number) is a word.
                while position < chars.count, chars[position] != "\n", chars[position] != "\r\n" { position += 1 }
            } else if character == "\\", position + 1 < chars.count, chars[position + 1] == "\n" || chars[position + 1] == "\r\n" {
                position += 2  // an explicit line continuation
                spaceBefore = true
            } else {
                break
            }
        }
        let start = position
        guard position < chars.count else {
            return Token(kind: .endOfFile, range: SourceRange(start, start), spaceBefore: spaceBefore)
        }
        let character = chars[position]
        position += 1
        func make(_ kind: TokenKind) -> Token {
            Token(kind: kind, range: SourceRange(start, position), spaceBefore: spaceBefore)
        }
        func followedBy(_ next: Character) -> Bool {
            if position < chars.count, chars[position] == next {
                position += 1
                return true
            }
            return false
        }
        switch character {
        case "\n", "\r\n": return make(.newline)
        case "|": return make(.pipe)
        case ";": return make(.semicolon)
        case "(": return make(.leftParen)
        case ")": return make(.rightParen)
        case "=": _ = followedBy("="); return make(.comparison(.equal))
        case "~": return make(.comparison(.contains))
        case "<": return make(.comparison(followedBy("=") ? .lessOrEqual : .less))
        case ">":
            if followedBy(">") { return make(.appendRedirect) }
            return make(.comparison(followedBy("=") ? .greaterOrEqual : .greater))
        case "!":
            if followedBy("=") { return make(.comparison(.notEqual)) }
            if followedBy("~") { return make(.comparison(.notContains)) }
            throw Diagnostic.unexpectedCharacter("!", at: SourceRange(start, position))
        case "\"", "'":
            let template = try string(quote: character, start: start)
            return make(template.literal.map(TokenKind.string) ?? .template(template))
        case "$":
            // A name is letters, digits and `_`, so `$1-report.csv` and `$n.txt` end where the name does.
            guard let (name, end) = interpolatedName(from: position) else {
                throw Diagnostic.emptyVariable(at: SourceRange(start, position))
            }
            position = end
            return make(.variable(name))
        default:
            position -= 1
            let text = bareWord()
            guard !text.isEmpty else {
                position += 1
                throw Diagnostic.unexpectedCharacter(character, at: SourceRange(start, position))
            }
            // A word cannot start with a combining mark: after a space it would join the space
            // into one character, so the word could not be written back (found by libFuzzer).
            // (Any scalar that extends the character before it counts: marks, ZWJ, emoji modifiers.)
            if let first = text.unicodeScalars.first, (" " + String(first)).count == 1 {
                throw Diagnostic.unexpectedCharacter(Character(first), at: SourceRange(start, start + 1))
            }
            // A character that joins a space or delimiter to the word (a prepended mark such as
            // U+0602 forms one character with the space after it) could not be written back as
            // a word and a space: refuse it (found by libFuzzer).
            if let glued = (start..<position).first(where: { Lexer.joinsDelimiter(chars[$0]) }) {
                throw Diagnostic.unexpectedCharacter(chars[glued], at: SourceRange(glued, glued + 1))
            }
            if (String(chars[position - 1]) + " ").count == 1 {   // it would take the space printed after it
                throw Diagnostic.unexpectedCharacter(chars[position - 1], at: SourceRange(position - 1, position))
            }
            return make(Lexer.classify(text))
        }
    }

    /// Whether `character` is several scalars of which one is white space or a delimiter (a space
    /// followed by a combining mark is one character).
    static func joinsDelimiter(_ character: Character) -> Bool {
        character.unicodeScalars.count > 1 && character.unicodeScalars.contains { scalar in
            scalar.properties.isWhitespace || (scalar.isASCII && delimiters.contains(Character(scalar)))
        }
    }

    private mutating func bareWord() -> String {
        let start = position
        while position < chars.count, !Lexer.delimiters.contains(chars[position]) { position += 1 }
        return String(chars[start..<position])
    }

    private mutating func string(quote: Character, start: Int) throws(Diagnostic) -> TextTemplate {
        var template = TextTemplate(parts: [])
        var text = ""
        func flush() {
            if !text.isEmpty { template.append(text) }
            text = ""
        }
        while position < chars.count {
            let character = chars[position]
            position += 1
            if character == quote {
                flush()
                return template.parts.isEmpty ? TextTemplate("") : template
            }
            if character == "\\" {
                guard position < chars.count else { break }
                let escaped = chars[position]
                position += 1
                // The escape is the first scalar; a combining mark after it (`\r` + U+0748
                // reads as one character) is text that follows the escape.
                let scalars = escaped.unicodeScalars
                let rest = String(String.UnicodeScalarView(scalars.dropFirst()))
                switch scalars.first.map(Character.init) {
                case "n": text.append("\n")
                case "t": text.append("\t")
                case "r": text.append("\r")
                case let head? where head == "\\" || head == "\"" || head == "'" || head == "$": text.append(head)
                default:
                    throw Diagnostic.invalidEscape(escaped, at: SourceRange(position - 2, position))
                }
                text += rest
            } else if character == "$", let (name, end) = interpolatedName(from: position) {
                flush()
                template.parts.append(.variable(name, SourceRange(position - 1, end)))
                position = end
            } else {
                text.append(character)
            }
        }
        throw Diagnostic.unterminatedString(at: SourceRange(start, position))
    }

    /// The name after a `$` inside a string (`$1`, `$name`, `${name}`) and where it ends.
    private func interpolatedName(from index: Int) -> (String, Int)? {
        func isNameCharacter(_ character: Character) -> Bool { character.isASCII && (character.isLetter || character.isNumber || character == "_") }
        if index < chars.count, chars[index] == "{" {
            var end = index + 1
            while end < chars.count, isNameCharacter(chars[end]) { end += 1 }
            guard end > index + 1, end < chars.count, chars[end] == "}" else { return nil }
            return (String(chars[(index + 1)..<end]), end + 1)
        }
        var end = index
        while end < chars.count, isNameCharacter(chars[end]) { end += 1 }
        return end > index ? (String(chars[index..<end]), end) : nil
    }

    /// Classifies a bare chunk of text as a number, date, relative time or word.
    static func classify(_ text: String) -> TokenKind {
        if isNumber(text) { return .number(text) }
        if isDate(text) { return .date(text) }
        if let last = text.last, "mhdw".contains(last), text.count >= 3,
           let sign = text.first, sign == "-" || sign == "+",
           let amount = Int(text.dropFirst().dropLast()) {
            return .relativeTime(sign == "-" ? -amount : amount, last)
        }
        return .word(text)
    }

    private static func isNumber(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard !body.isEmpty, parts.count <= 2 else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigitCharacter) }
    }

    private static func isDate(_ text: String) -> Bool {
        let pattern = Array(text)
        func digits(_ range: Range<Int>) -> Bool { range.allSatisfy { $0 < pattern.count && pattern[$0].isASCIIDigitCharacter } }
        guard pattern.count >= 10, digits(0..<4), pattern[4] == "-", digits(5..<7), pattern[7] == "-", digits(8..<10) else {
            return false
        }
        if pattern.count == 10 { return true }
        guard pattern[10] == "T" || pattern[10] == "t", pattern.count >= 16, digits(11..<13), pattern[13] == ":", digits(14..<16) else {
            return false
        }
        if pattern.count == 16 { return true }
        let rest = String(pattern[16...])
        return rest == "Z" || (pattern.count >= 19 && pattern[16] == ":" && digits(17..<19) && (pattern.count == 19 || String(pattern[19...]) == "Z"))
    }
}

extension Character {
    /// True for `0`…`9`.
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
