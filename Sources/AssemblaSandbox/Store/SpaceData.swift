/// Everything one space holds: the space itself, its tools, members, workflow and tickets.
struct SpaceData: Sendable {
    var space: SpaceRecord
    var tools: [ToolRecord] = []
    var roles: [UserRoleRecord] = []
    var milestones: [MilestoneRecord] = []
    var statuses: [StatusRecord] = []
    var customFields: [CustomFieldRecord] = []
    var tags: [TagRecord] = []
    /// Tickets, kept sorted by number.
    var tickets: [TicketRecord] = []
    /// The highest ticket number ever given out here: numbers of deleted tickets are not reused.
    var highestTicketNumber = 0
    /// Comments by ticket id, oldest first.
    var comments: [Int: [CommentRecord]] = [:]

    /// The position of ticket `number`, by binary search over the sorted tickets.
    func ticketIndex(number: Int) -> Int? {
        var low = 0, high = tickets.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let candidate = tickets[mid].number
            if candidate == number { return mid }
            if candidate < number { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }

    /// The installed tool of type `toolId`, if any.
    func tool(type toolId: Int) -> ToolRecord? { tools.first { $0.toolId == toolId } }

    /// The role of user `userId` in this space, if any.
    func role(of userId: String) -> UserRoleRecord? { roles.first { $0.userId == userId } }
}
