/// How a statement's result is printed.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned columns for people (the default).
    case table
    /// Valid JSON: records become objects, dates ISO-8601.
    case json
    /// RFC 4180 comma-separated values with a header row.
    case csv
    /// Tab-separated values with a header row.
    case tsv
    /// A Markdown table.
    case md

    /// The format a file name implies (`.csv`, `.tsv`, `.json`, `.md`, `.txt` → table), if any.
    public static func inferred(fromPath path: String) -> OutputFormat? {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".csv") { return .csv }
        if lowered.hasSuffix(".tsv") { return .tsv }
        if lowered.hasSuffix(".json") { return .json }
        if lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown") { return .md }
        if lowered.hasSuffix(".txt") { return .table }
        return nil
    }
}
