/// CSV (RFC 4180 quoting) and TSV (tabs and line breaks in cells become spaces) with a header row.
struct DelimitedWriter: Sendable {
    let separator: Character
    let quotes: Bool

    static let csv = DelimitedWriter(separator: ",", quotes: true)
    static let tsv = DelimitedWriter(separator: "\t", quotes: false)

    func render(columns: [String], records: [Record], header: Bool = true) -> String {
        var lines: [String] = header ? [columns.map(escape).joined(separator: String(separator))] : []
        for record in records {
            lines.append(record.values(columns).map { escape($0.plainText) }.joined(separator: String(separator)))
        }
        return lines.map { $0 + (quotes ? "\r\n" : "\n") }.joined()
    }

    private func escape(_ text: String) -> String {
        if quotes {
            let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
            return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        return String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }
}
