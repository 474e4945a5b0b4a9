/// `| table`: aligned columns.
struct TableCommand: FormatCommand {
    let name = "table"
    let format = OutputFormat.table
    let summary = "print as an aligned table (the default)"
    let details = "Column widths follow the display width of the text (accented and wide characters too); numbers are right-aligned. Without `select`, records show their main columns."
    let examples = ["spaces | table", "tickets | select number summary | table > tickets.txt"]
}
