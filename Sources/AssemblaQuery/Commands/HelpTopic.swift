/// Language topics that `help TOPIC` explains besides commands: filters, values, output, writes.
enum HelpTopic: String, CaseIterable {
    case filters, values, output, writes

    /// The topic's text.
    var text: String {
        switch self {
        case .filters:
            return """
                Filters: FIELD OP VALUE, on sources (tickets status=Test) and in `where`.
                  =  !=        equal / not equal; text ignores case; users match a login or a full name
                  <  <=  >  >= numbers and dates by value (updated_at>-7d), text in natural order
                  ~  !~        contains / does not contain, ignoring case (summary~login)
                Filters side by side must all hold (`and` may be written); `or` and parentheses combine
                alternatives: tickets (status=New or status=Accepted) priority<=2
                `null` matches empty fields: tickets assigned_to=null; `me` is you: tickets assigned_to=me
                A value is read as its field's type, however written: updated_at>$1 with $1 = -7d compares
                dates; a value the field cannot hold (updated_at>banana) is an error. A day is the whole day:
                =DAY that day, <=DAY up to its end, >DAY after it. A name that matches nothing
                (status=Tset) warns on stderr with "did you mean".
                """
        case .values:
            return """
                Values: "quoted" or 'quoted' strings (escapes \\n \\t \\" \\' \\\\ \\$), bare words (Test, big-project),
                numbers (3, 1.5), true, false, null, dates (2026-01-31, 2026-01-31T10:00; UTC),
                relative times (-7d, -24h, -30m, +2w), now, today, yesterday, $variables (let NAME = …)
                and script arguments $1, $2, … Strings interpolate: "out/$1-report.csv", "${name}s"; \\$ is a dollar.
                """
        case .output:
            return """
                Output: a statement's result prints as a table (or the --format given); a final stage
                `| json`, `| csv`, `| tsv`, `| md`, `| table` chooses. count, sum, avg, min, max print just the
                value; get prints one value per line. `> FILE` replaces, `>> FILE` appends, `| save FILE`
                picks the format from the extension (.csv .tsv .json .md .txt). Files are written atomically.
                No rows: `(no results)` on stderr; CSV/TSV still print their header.
                """
        case .writes:
            return """
                Writes: set, update, create, copy, delete, add, remove, comment, complete, log.
                A write over more than one record, and any delete, lists what it will change and asks first;
                without a terminal it is refused unless --yes was given or `confirm off` ran.
                With --dry-run a write lists the requests it would send (method, path, body) and sends none.
                `help set` (and the others) show examples.
                """
        }
    }
}
