/// Where a command belongs in `help`.
enum CommandTopic: String, Sendable, CaseIterable {
    case source = "Sources"
    case transform = "Transformers"
    case output = "Output"
    case write = "Writes"
    case session = "Session"
}

/// One command of the language. Each lives in its own file with its help text, usage and
/// examples; `CommandRegistry` lists them for evaluation, `help`, completion and "did you mean".
protocol Command: Sendable {
    /// The word that invokes it.
    var name: String { get }
    /// Where it appears in `help`.
    var topic: CommandTopic { get }
    /// One line for the `help` list.
    var summary: String { get }
    /// `name ARGS…` as `help NAME` shows it.
    var usage: String { get }
    /// A paragraph for `help NAME`.
    var details: String { get }
    /// Example statements for `help NAME`.
    var examples: [String] { get }
    /// How many plain arguments it takes.
    var argumentCount: ClosedRange<Int> { get }
    /// Whether it takes filters or `field=value` assignments.
    var takesFilters: Bool { get }
    /// Whether it must be the last stage (or followed only by output stages).
    var endsPipeline: Bool { get }
    /// The kind of record a source lists (nil for other commands); its filters apply to it.
    var producedKind: RecordKind? { get }
    /// Filters the command handles itself rather than field tests (`since`, `with_tool`).
    var ownFilters: [FieldSpec] { get }
    /// Whether its filters test the input records (`where`).
    var filtersInput: Bool { get }
    /// What the stage's output is known to be before anything runs, given its input.
    func shape(after input: Shape, _ stage: Stage) -> Shape
    /// The kind of record a write's `field=value` assignments set, when known before running
    /// (their values are then checked against the fields' types).
    func assignedKind(_ check: StageCheck) throws(Diagnostic) -> RecordKind?
    /// Checks what can be checked before anything runs (argument values, field names).
    func check(_ check: StageCheck) throws(Diagnostic)
    /// Runs the stage.
    func run(_ call: CommandCall) async throws -> PipelineValue
}

extension Command {
    var takesFilters: Bool { false }
    var endsPipeline: Bool { false }
    var argumentCount: ClosedRange<Int> { 0...0 }
    var producedKind: RecordKind? { nil }
    var ownFilters: [FieldSpec] { [] }
    var filtersInput: Bool { false }

    func shape(after input: Shape, _ stage: Stage) -> Shape {
        if let producedKind { return .records(producedKind, columns: nil) }
        switch topic {
        case .transform, .output: return input
        case .source, .write, .session: return .unknown
        }
    }

    func check(_ check: StageCheck) throws(Diagnostic) {}

    func assignedKind(_ check: StageCheck) throws(Diagnostic) -> RecordKind? { nil }

    /// `help NAME` text.
    var helpText: String {
        var text = "usage: \(usage)\n\n\(summary)\n"
        if !details.isEmpty { text += "\n\(details)\n" }
        if !examples.isEmpty { text += "\nexamples:\n" + examples.map { "  \($0)\n" }.joined() }
        return text
    }
}
