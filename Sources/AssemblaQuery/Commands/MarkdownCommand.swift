/// `| md`: a Markdown table.
struct MarkdownCommand: FormatCommand {
    let name = "md"
    let format = OutputFormat.md
    let summary = "print as a Markdown table"
    let details = "`|` inside values is escaped; line breaks become <br>."
    let examples = ["space \"Big Project\" | milestones | md > milestones.md"]
}
