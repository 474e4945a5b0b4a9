/// Renders a diagnostic against its source: `file:line:col: error: message`, the source line,
/// a caret/underline under the range and a `hint:` line.
struct DiagnosticFormatter {
    let source: SourceFile

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
        let text = source.lineText(line)
        lines.append("  " + text)
        let lineChars = Array(text)
        let startIndex = column - 1
        let (endLine, endColumn) = source.lineAndColumn(of: diagnostic.range.end)
        let endIndex = endLine == line ? max(endColumn - 1, startIndex + 1) : max(lineChars.count, startIndex + 1)
        let pad = (0..<min(startIndex, lineChars.count)).map { lineChars[$0] == "\t" ? "\t" : String(repeating: " ", count: DisplayWidth.of(lineChars[$0])) }.joined()
        let underlineWidth = (startIndex..<endIndex).reduce(0) { $0 + ($1 < lineChars.count ? DisplayWidth.of(lineChars[$1]) : 1) }
        lines.append("  " + pad + "^" + String(repeating: "~", count: max(0, underlineWidth - 1)))
        if let hint = diagnostic.hint { lines.append("hint: " + hint) }
        return lines.joined(separator: "\n")
    }
}
