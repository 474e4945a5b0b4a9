/// Source text with its origin name and a line table for line/column lookup.
struct SourceFile: Sendable {
    /// The text as characters (offsets in ranges index into this array).
    let characters: [Character]
    /// Where the text came from, used as the `file:` prefix of diagnostics (nil for the REPL).
    let name: String?
    /// Offsets at which each line starts.
    private let lineStarts: [Int]

    init(text: String, name: String?) {
        self.characters = Array(text)
        self.name = name
        var starts = [0]
        for (index, character) in characters.enumerated() where character == "\n" || character == "\r\n" {
            starts.append(index + 1)
        }
        self.lineStarts = starts
    }

    /// 1-based line and column of a location (column counted in characters).
    func lineAndColumn(of location: SourceLocation) -> (line: Int, column: Int) {
        let offset = min(max(0, location.offset), characters.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }

    /// The text of a 1-based line, without its line break.
    func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : characters.count
        while end > start, characters[end - 1] == "\n" || characters[end - 1] == "\r\n" || characters[end - 1] == "\r" {
            end -= 1
        }
        return String(characters[start..<end])
    }

    /// The text covered by a range.
    func text(_ range: SourceRange) -> String {
        let start = min(range.start.offset, characters.count)
        let end = min(range.end.offset, characters.count)
        return String(characters[start..<end])
    }
}
