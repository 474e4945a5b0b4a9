/// Renders a diagnostic against its source: `file:line:col: error: message`, the source line,
/// a caret/underline under the range and a `hint:` line. A source line wider than `width`
/// is cut around the error (`…` where it was cut), so a 1 MB word echoes one screen line.
struct DiagnosticFormatter {
    let source: SourceFile
    /// Display columns the echoed line and caret may take (the terminal's width, 80 otherwise).
    var width = 80

    /// The rendered text (several lines, no trailing newline).
    func render(_ diagnostic: Diagnostic) -> String {
        let (line, column) = source.lineAndColumn(of: diagnostic.range.start)
        let location: String
        if let name = source.name {
            location = "\(name):\(line):\(column)"
        } else {
            location = line > 1 ? "line \(line), column \(column)" : "column \(column)"  // the REPL
        }
        var lines = ["\(location): error: \(diagnostic.message)"]
        let lineChars = Array(source.lineText(line))
        let startIndex = column - 1
        let (endLine, endColumn) = source.lineAndColumn(of: diagnostic.range.end)
        let endIndex = endLine == line ? max(endColumn - 1, startIndex + 1) : max(lineChars.count, startIndex + 1)
        let window = Self.window(lineChars, around: startIndex, budget: max(20, width - 2))
        let shown = (window.lowerBound > 0 ? "…" : "") + String(lineChars[window]) + (window.upperBound < lineChars.count ? "…" : "")
        lines.append("  " + shown)
        let padStart = window.lowerBound
        let pad = (window.lowerBound > 0 ? " " : "") + (padStart..<min(startIndex, window.upperBound)).map {
            lineChars[$0] == "\t" ? "\t" : String(repeating: " ", count: DisplayWidth.of(lineChars[$0]))
        }.joined()
        let underlineEnd = min(endIndex, window.upperBound)
        let underlineWidth = (startIndex..<max(underlineEnd, startIndex + 1)).reduce(0) {
            $0 + ($1 < lineChars.count ? DisplayWidth.of(lineChars[$1]) : 1)
        }
        lines.append("  " + pad + "^" + String(repeating: "~", count: max(0, underlineWidth - 1)))
        if let hint = diagnostic.hint { lines.append("hint: " + hint) }
        return lines.joined(separator: "\n")
    }

    /// The characters of `line` to show: all when they fit in `budget` columns, else a
    /// window that starts a little before `index` (so the caret has context on its left).
    static func window(_ line: [Character], around index: Int, budget: Int) -> Range<Int> {
        var total = 0
        for character in line {
            total += DisplayWidth.of(character)
            if total > budget { break }
        }
        if total <= budget { return 0..<line.count }
        let room = budget - 2   // the two `…`
        var lower = min(max(0, index), line.count)
        var used = 0
        while lower > 0, used + DisplayWidth.of(line[lower - 1]) <= room / 3 {
            lower -= 1
            used += DisplayWidth.of(line[lower])
        }
        var upper = lower
        used = 0
        while upper < line.count, used + DisplayWidth.of(line[upper]) <= room {
            used += DisplayWidth.of(line[upper])
            upper += 1
        }
        return lower..<upper
    }
}
