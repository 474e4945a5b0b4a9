/// Renders a statement's result in one of the output formats.
struct OutputRenderer: Sendable {
    let format: OutputFormat
    /// Bold table headers (only when writing to a colour terminal).
    var color = false
    /// Terminal width when printing to a terminal: long cells are truncated to fit. nil: never truncate.
    var terminalWidth: Int?

    /// The rendered text, ending with a newline unless empty.
    func render(_ result: StatementResult) -> String {
        switch result {
        case .nothing: return ""
        case .message(let text): return text.hasSuffix("\n") || text.isEmpty ? text : text + "\n"
        case .scalar(let value):
            return format == .json ? JSONWriter.encode(value) + "\n" : value.plainText + "\n"
        case .values(let values):
            if format == .json { return JSONWriter.encode(.list(values)) + "\n" }
            return values.map { $0.plainText + "\n" }.joined()
        case .records(let kind, let records, let selected):
            let columns = OutputRenderer.columns(kind: kind, records: records, selected: selected, format: format)
            switch format {
            case .table:
                return TableWriter(color: color, terminalWidth: terminalWidth).render(columns: columns,
                                                                                      records: OutputRenderer.labelled(records, kind))
            case .md: return MarkdownWriter.render(columns: columns, records: OutputRenderer.labelled(records, kind))
            case .csv: return DelimitedWriter.csv.render(columns: columns, records: records)
            case .tsv: return DelimitedWriter.tsv.render(columns: columns, records: records)
            case .json:
                let schema = RecordSchema(columns)
                let objects = records.map { record in Value.record(Record(schema: schema, values: record.values(columns))) }
                return JSONWriter.encode(.list(objects)) + "\n"
            }
        }
    }

    /// Group records for a table: an empty key reads `(none)` (JSON and CSV keep it empty).
    static func labelled(_ records: [Record], _ kind: RecordKind) -> [Record] {
        guard kind == .group else { return records }
        return records.map { record in
            guard let key = record.values.first, key == .null || key.plainText.isEmpty else { return record }
            var labelled = record
            labelled.replaceValue(at: 0, with: .string("(none)"))
            return labelled
        }
    }

    /// Columns to show: the selected ones; else for table and Markdown the kind's default
    /// columns; else every field in order of first appearance.
    static func columns(kind: RecordKind, records: [Record], selected: [String]?, format: OutputFormat) -> [String] {
        if let selected { return selected }
        if records.isEmpty {  // no rows: the header still names the columns
            return format == .table || format == .md ? kind.tableColumns ?? kind.listedFieldNames : kind.listedFieldNames
        }
        let all = records.fieldNames
        if format == .table || format == .md, let preferred = kind.tableColumns {
            let seen = Set(all)
            let available = preferred.filter(seen.contains)
            if !available.isEmpty { return available }
        }
        return all
    }
}
