/// `| tsv`: tab-separated values.
struct TSVCommand: FormatCommand {
    let name = "tsv"
    let format = OutputFormat.tsv
    let summary = "print as tab-separated values (header row)"
    let details = "Tabs and line breaks inside values become spaces."
    let examples = ["tasks | select begin_at hours space | tsv"]
}
