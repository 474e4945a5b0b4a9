/// `| csv`: comma-separated values.
struct CSVCommand: FormatCommand {
    let name = "csv"
    let format = OutputFormat.csv
    let summary = "print as CSV (header row, RFC 4180 quoting)"
    let details = "Every field unless `select` chose some. `>> file.csv` appends rows without repeating the header."
    let examples = ["space \"Big Project\" | tickets | select number summary status | csv > tickets.csv"]
}
