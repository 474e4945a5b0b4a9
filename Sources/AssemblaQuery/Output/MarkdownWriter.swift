/// A GitHub-flavoured Markdown table; `|` in cells escaped, line breaks become `<br>`.
enum MarkdownWriter {
    static func render(columns: [String], records: [Record]) -> String {
        guard !columns.isEmpty else { return "" }
        func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }
        var text = row(columns.map(escape))
        text += row(columns.map { _ in "---" })
        for record in records {
            text += row(record.values(columns).map { escape($0.plainText) })
        }
        return text
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\r\n", with: "<br>")
            .replacingOccurrences(of: "\n", with: "<br>")
    }
}
