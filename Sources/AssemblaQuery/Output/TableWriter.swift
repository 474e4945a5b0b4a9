/// Aligned text columns: widths by display width, numbers right-aligned, optional bold header,
/// cells truncated only when a terminal width is known.
struct TableWriter {
    var color = false
    var terminalWidth: Int?

    func render(columns: [String], records: [Record]) -> String {
        guard !columns.isEmpty, !records.isEmpty else { return "" }  // the session says `(no results)` on stderr
        let values = records.map { $0.values(columns) }
        let rows = values.map { $0.map(cell) }
        let numeric = columns.indices.map { column in
            values.allSatisfy { $0[column].isNumber || $0[column] == .null }
        }
        var widths = columns.map(DisplayWidth.of)
        for row in rows {
            for (index, text) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(text)) }
        }
        if let terminalWidth { widths = fit(widths, into: terminalWidth) }
        var lines: [String] = []
        let header = line(columns, widths: widths, numeric: numeric)
        lines.append(color ? "\u{1B}[1m" + header + "\u{1B}[0m" : header)
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        for row in rows { lines.append(line(row, widths: widths, numeric: numeric)) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func cell(_ value: Value) -> String {
        value.plainText.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "\t", with: " ")
    }

    private func line(_ cells: [String], widths: [Int], numeric: [Bool]) -> String {
        var parts: [String] = []
        for (index, text) in cells.enumerated() {
            let shown = DisplayWidth.truncate(text, to: widths[index])
            let padding = String(repeating: " ", count: max(0, widths[index] - DisplayWidth.of(shown)))
            let isLast = index == cells.count - 1
            parts.append(numeric[index] ? padding + shown : (isLast ? shown : shown + padding))
        }
        return parts.joined(separator: "  ").trimmingTrailingWhitespace
    }

    /// Shrinks the widest columns until the table fits (each column keeps at least 8 columns).
    private func fit(_ widths: [Int], into total: Int) -> [Int] {
        var widths = widths
        let gaps = 2 * (widths.count - 1)
        while widths.reduce(0, +) + gaps > total {
            guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 8 else { break }
            widths[widest] -= 1
        }
        return widths
    }
}
