/// `| json`: JSON output.
struct JSONCommand: FormatCommand {
    let name = "json"
    let format = OutputFormat.json
    let summary = "print as JSON (records as objects, dates ISO-8601)"
    let details = "Records become objects with every field (or the selected ones); `count` gives a bare number."
    let examples = ["space \"Big Project\" | ticket 301 | json", "spaces | select name wiki_name | json > spaces.json"]
}
