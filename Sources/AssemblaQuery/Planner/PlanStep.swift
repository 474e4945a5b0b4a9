/// One stage of a plan: what it does, and the kind of record flowing in and out of it
/// (completion at the prompt uses these to offer the right fields).
struct PlanStep: Sendable {
    /// What the stage does when the plan runs.
    enum Role: Sendable {
        /// A source: reads records (or selects the scope later stages work in).
        case source(SourcePlan)
        /// Runs locally on the records flowing in.
        case local
        /// Folded into the source before it (`count` counted as pages arrived).
        case folded
    }

    let stage: Stage
    var role: Role
    /// The kind of record flowing into the stage (nil: none, or not known before running).
    var inputKind: RecordKind?
    /// The kind of record the stage passes on (nil: a value, a message, or not known).
    var outputKind: RecordKind?

    /// The stage's source plan, when it is a source.
    var source: SourcePlan? {
        if case .source(let plan) = role { return plan }
        return nil
    }
}
