/// CSV (RFC 4180 quoting) and TSV (tabs and line breaks in cells become spaces) with a header row.
struct DelimitedWriter: Sendable {
    let separator: Character
    let quotes: Bool

    static let csv = DelimitedWriter(separator: ",", quotes: true)
    static let tsv = DelimitedWriter(separator: "\t", quotes: false)

    func render(columns: [String], records: [Record], header: Bool = true) -> String {
        var lines: [String] = header ? [columns.map(escape).joined(separator: String(separator))] : []
        for record in records {
            lines.append(columns.map { escape((record[$0] ?? .null).plainText) }.joined(separator: String(separator)))
        }
        return lines.map { $0 + (quotes ? "\r\n" : "\n") }.joined()
    }

    private func escape(_ text: String) -> String {
        if quotes {
            let needsQuotes = text.contains { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        return String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }
}
