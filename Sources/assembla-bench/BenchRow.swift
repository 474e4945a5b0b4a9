import Foundation

/// One measured run and the table that shows several.
struct BenchRow {
    var label: String
    var seconds: Double
    var requests: Int
    var bytes: Int
    var items: Int

    init(label: String, seconds: Double, requests: Int, bytes: Int, items: Int) {
        self.label = label
        self.seconds = seconds
        self.requests = requests
        self.bytes = bytes
        self.items = items
    }

    init(label: String, elapsed: Duration, counter: ByteCountingTransport, items: Int) async {
        self.init(label: label, seconds: elapsed.seconds, requests: await counter.requests, bytes: await counter.bytes, items: items)
    }

    static func table(_ rows: [BenchRow]) -> String {
        let header = ["run", "requests", "wall time", "MB decoded", "tickets", "tickets/s"]
        let body = rows.map { row -> [String] in
            [row.label, String(row.requests), String(format: "%.3f s", row.seconds),
             String(format: "%.2f", Double(row.bytes) / 1_000_000), String(row.items),
             row.seconds > 0 ? String(format: "%.0f", Double(row.items) / row.seconds) : "-"]
        }
        let widths = header.indices.map { column in ([header] + body).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == 0 ? cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[index] - cell.count) + cell
            }.joined(separator: "  ")
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(header), rule] + body.map(line)).joined(separator: "\n")
    }
}
