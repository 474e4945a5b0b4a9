/// Lays out completion candidates in columns for a terminal of a given width.
enum CandidateList {
    /// The candidates in columns, filled down then across, each row ending in a line break.
    static func render(_ candidates: [String], width: Int) -> String {
        guard let longest = candidates.map(\.count).max() else { return "" }
        let columnWidth = longest + 2
        let columns = max(1, width / columnWidth)
        let rows = (candidates.count + columns - 1) / columns
        var lines: [String] = []
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < candidates.count else { break }
                let candidate = candidates[index]
                let isLast = column == columns - 1 || (column + 1) * rows + row >= candidates.count
                line += isLast ? candidate : candidate + String(repeating: " ", count: columnWidth - candidate.count)
            }
            lines.append(line)
        }
        return lines.map { $0 + "\n" }.joined()
    }
}
