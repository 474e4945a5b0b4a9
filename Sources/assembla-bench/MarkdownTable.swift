/// A table printed as Markdown (pipes, a header rule, numbers right-aligned), so it reads in a
/// terminal and pastes into the README unchanged.
struct MarkdownTable {
    /// How a column's cells line up.
    enum Alignment { case left, right }

    var header: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []

    /// A table whose first column is left-aligned and the others right-aligned, unless given.
    init(_ header: [String], alignments: [Alignment]? = nil) {
        self.header = header
        self.alignments = alignments ?? header.indices.map { $0 == 0 ? .left : .right }
    }

    mutating func append(_ cells: [String]) { rows.append(cells) }

    /// The table as Markdown lines, padded to the widest cell of each column.
    var rendered: String {
        let all = [header] + rows
        let widths = header.indices.map { column in
            max(3, all.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0)
        }
        func line(_ cells: [String]) -> String {
            let padded = header.indices.map { column -> String in
                let cell = column < cells.count ? cells[column] : ""
                let fill = String(repeating: " ", count: widths[column] - cell.count)
                return alignments[column] == .left ? cell + fill : fill + cell
            }
            return "| " + padded.joined(separator: " | ") + " |"
        }
        let rule = "|" + header.indices.map { column in
            let dashes = String(repeating: "-", count: widths[column])
            return alignments[column] == .left ? " \(dashes) " : " \(dashes.dropLast()): "
        }.joined(separator: "|") + "|"
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
    }
}

/// Formatting shared by the tables.
enum Format {
    static func seconds(_ value: Double) -> String { String(format: "%.2f s", value) }
    static func ratio(_ value: Double) -> String { String(format: "%.2f×", value) }
    /// Mebibytes, as `ps` and `top` count them (1 MB = 1,048,576 bytes).
    static func megabytes(_ bytes: Int) -> String { String(format: "%.0f MB", Double(bytes) / 1_048_576) }
    static func count(_ value: Int) -> String {
        let digits = String(value)
        var grouped = ""
        for (index, character) in digits.reversed().enumerated() {
            if index > 0 && index % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        return String(grouped.reversed())
    }
    /// "yes" / "**no**", so a missed goal stands out in the rendered table.
    static func met(_ condition: Bool) -> String { condition ? "yes" : "**no**" }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
}
