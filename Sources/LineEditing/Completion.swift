/// Completing the word at the cursor: which word, where it starts, the candidates that fit
/// it and what to insert. Plain values, tested without a terminal.
///
/// ```swift
/// let completion = Completion(line: "tic", cursor: 3, candidates: ["tickets", "ticket", "tags"])
/// completion.matches        // ["ticket", "tickets"]
/// completion.commonPrefix   // "ticket"
/// ```
public struct Completion: Sendable, Equatable {
    /// The line being completed.
    public let line: String
    /// The cursor, in grapheme clusters.
    public let cursor: Int
    /// The partial word before the cursor (may start with an opening quote).
    public let word: String
    /// Where `word` starts, in grapheme clusters.
    public let wordStart: Int
    /// Candidates that complete `word`, deduplicated and sorted.
    public let matches: [String]
    /// The longest text every match starts with (at least `word` when there are matches).
    public let commonPrefix: String

    /// Characters that end a word (besides white space) in the pipeline language.
    static let separators: Set<Character> = ["|", ";", "(", ")", "=", "<", ">", "!", "~", ","]

    /// Finds the word at `cursor` in `line` and keeps the `candidates` that complete it
    /// (case-insensitively; a quoted candidate also completes the unquoted word).
    public init(line: String, cursor: Int, candidates: [String]) {
        let characters = Array(line)
        let cursor = min(max(cursor, 0), characters.count)
        let start = Self.wordStart(in: characters, cursor: cursor)
        let word = String(characters[start..<cursor])
        let matches = Set(candidates.filter { Self.candidate($0, completes: word) }).sorted()
        self.line = line
        self.cursor = cursor
        self.word = word
        self.wordStart = start
        self.matches = matches
        self.commonPrefix = Self.longestCommonPrefix(matches).map { prefix in
            prefix.count >= word.count ? prefix : word
        } ?? word
    }

    /// The text that replaces `word`: the single match followed by a space, or the common
    /// prefix when several remain; nil when completing changes nothing.
    public var replacement: String? {
        if matches.count == 1, let only = matches.first {
            return only.hasSuffix("=") ? only : only + " "
        }
        return commonPrefix == word ? nil : commonPrefix
    }

    /// The buffer after completing: `word` replaced by `replacement`.
    public func applied(to buffer: EditBuffer) -> EditBuffer {
        guard let replacement else { return buffer }
        var result = buffer
        result.replace(from: wordStart, to: cursor, with: replacement)
        return result
    }

    static func wordStart(in characters: [Character], cursor: Int) -> Int {
        // Inside an unclosed quote the word starts at the quote.
        var openQuote: (character: Character, at: Int)?
        for (offset, character) in characters[..<cursor].enumerated() where character == "\"" || character == "'" {
            if let open = openQuote {
                if open.character == character { openQuote = nil }
            } else {
                openQuote = (character, offset)
            }
        }
        if let open = openQuote { return open.at }
        var start = cursor
        while start > 0 {
            let previous = characters[start - 1]
            if previous.isWhitespace || separators.contains(previous) { break }
            start -= 1
        }
        return start
    }

    static func candidate(_ candidate: String, completes word: String) -> Bool {
        if hasPrefixIgnoringCase(candidate, word) { return true }
        if let first = candidate.first, first == "\"" || first == "'", !word.hasPrefix(String(first)) {
            return hasPrefixIgnoringCase(String(candidate.dropFirst()), word)
        }
        return false
    }

    static func hasPrefixIgnoringCase(_ string: String, _ prefix: String) -> Bool {
        string.lowercased().hasPrefix(prefix.lowercased())
    }

    static func longestCommonPrefix(_ strings: [String]) -> String? {
        guard var prefix = strings.first.map(Array.init) else { return nil }
        for string in strings.dropFirst() {
            let characters = Array(string)
            var length = 0
            while length < min(prefix.count, characters.count), prefix[length] == characters[length] {
                length += 1
            }
            prefix = Array(prefix[..<length])
        }
        return String(prefix)
    }
}
