import Assembla

/// What the backend built a record from, kept on the record so the backend can act on it
/// again (read a space's tickets, write to it) without looking it up by id. Only the kinds
/// the backend acts through carry one: a per-ticket handle would keep a copy of each model.
indirect enum RecordOrigin: Sendable {
    /// A space, with its client handle.
    case space(SpaceHandle)
    /// A milestone, with its client handle.
    case milestone(MilestoneHandle)
}
