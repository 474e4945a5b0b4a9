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

    /// The rows as a Markdown table.
    static func table(_ rows: [BenchRow]) -> String {
        var table = MarkdownTable(["run", "requests", "wall time", "MB decoded", "tickets", "tickets/s"])
        for row in rows {
            table.append([row.label, String(row.requests), String(format: "%.3f s", row.seconds),
                          String(format: "%.2f", Double(row.bytes) / 1_000_000), Format.count(row.items),
                          row.seconds > 0 ? Format.count(Int((Double(row.items) / row.seconds).rounded())) : "-"])
        }
        return table.rendered
    }
}
