/// A statement compiled before anything is sent: per stage, whether it reads from Assembla
/// (and then its requests, what goes to the server, what stops reading early, which lookups
/// it needs) or runs locally. `explain` prints this value; the evaluator runs it.
struct Plan: Sendable {
    /// The stages in order.
    var steps: [PlanStep]
    /// The format the result is printed in (decides which columns the output reads).
    let format: OutputFormat
    /// Whether filters, sorts and limits go to the server (off: read everything, filter locally).
    let pushdown: Bool
    /// The source stage that may start before the `space NAME` stage in front of it has its
    /// answer, on the space an earlier run remembered under NAME (`space "Big Project" |
    /// tickets`: 1); its result is used only if the live space is identical.
    var earlyStart: Int?

    /// The kind of record flowing into stage `index` (for completion).
    func inputKind(at index: Int) -> RecordKind? {
        index < steps.count ? steps[index].inputKind : steps.last?.outputKind
    }
}
