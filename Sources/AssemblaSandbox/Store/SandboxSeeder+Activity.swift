import Foundation

extension SandboxSeeder {
    private static let taskNotes = [
        "Code review", "Pairing on the export bug", "Sprint planning", "Wrote tests", "Customer call",
        "Deployment", "Investigated a crash", "Documentation",
    ]

    /// About 60 time entries within the last 30 days, across spaces and users.
    func makeTasks(state: inout SandboxState) -> [TaskRecord] {
        var random = SeededGenerator(label: "tasks")
        var tasks: [TaskRecord] = []
        for _ in 0..<60 {
            let space = random.pick(state.spaces)
            let members = space.roles.filter { $0.role != "watcher" }.map(\.userId)
            let begin = now.addingTimeInterval(-Double(random.int(in: 1...(29 * 24))) * 3_600)
            let hours = random.pick([0.25, 0.5, 1, 1.5, 2, 3, 4, 6, 8])
            let ticket = random.chance(0.5) && !space.tickets.isEmpty ? random.pick(space.tickets) : nil
            tasks.append(TaskRecord(
                id: state.nextID(.task), description: random.pick(Self.taskNotes), url: nil, hours: hours,
                beginAt: begin, endAt: begin.addingTimeInterval(hours * 3_600), spaceId: space.space.id,
                ticketNumber: ticket?.number, ticketId: ticket?.id, userId: random.pick(members),
                createdAt: begin, updatedAt: begin))
        }
        return tasks
    }

    /// About 200 stream events over the last 14 days (20 of them in the last 24 hours), newest first.
    func makeEvents(state: SandboxState) -> [EventRecord] {
        var random = SeededGenerator(label: "events")
        var events: [EventRecord] = []
        for index in 0..<200 {
            let ageHours = index < 20 ? Double(random.int(in: 1...(23 * 60))) / 60 : Double(random.int(in: 24...(14 * 24 - 1)))
            let date = now.addingTimeInterval(-ageHours * 3_600)
            let space = random.pick(state.spaces)
            let authorID = random.pick(space.roles.filter { $0.role != "watcher" }).userId
            let author = state.users.first { $0.id == authorID }!
            let base = "https://app.assembla.com/spaces/\(space.space.wikiName)"
            var event = EventRecord(
                date: date, operation: "updated", object: "Ticket", objectId: "", title: "", url: base,
                spaceId: space.space.id, spaceName: space.space.name, authorId: author.id, authorName: author.name)
            switch random.int(in: 0...9) {
            case 0...4 where !space.tickets.isEmpty:
                let ticket = random.pick(space.tickets)
                event.operation = random.pick(["created", "updated"])
                event.objectId = String(ticket.id)
                event.title = "#\(ticket.number) \(ticket.summary)"
                event.url = "\(base)/tickets/\(ticket.number)"
                event.commentOrDescription = ticket.description.map { String($0.prefix(80)) }
            case 5...6 where !space.tickets.isEmpty:
                let ticket = random.pick(space.tickets)
                event.operation = "commented"
                event.object = "Ticket Comment"
                event.objectId = String(ticket.id)
                event.title = "#\(ticket.number) \(ticket.summary)"
                event.url = "\(base)/tickets/\(ticket.number)"
                event.whatchanged = random.chance(0.5) ? "status: New → \(ticket.status)" : ""
                event.ticket = .init(id: ticket.id, number: ticket.number, summary: ticket.summary, operation: "commented")
                event.commentOrDescription = "Looks good to me."
            case 7 where !space.milestones.isEmpty:
                let milestone = random.pick(space.milestones)
                event.operation = random.pick(["created", "updated"])
                event.object = "Milestone"
                event.objectId = String(milestone.id)
                event.title = milestone.title
                event.url = "\(base)/milestones/\(milestone.id)"
            default:
                let page = random.pick(["Home", "Release Process", "Coding Guidelines", "Onboarding"])
                event.operation = random.pick(["created", "updated"])
                event.object = "Wiki Page"
                event.objectId = SeededGenerator.identifier(for: "wiki:\(space.space.id):\(page)")
                event.title = page
                event.url = "\(base)/wiki/\(page.replacingOccurrences(of: " ", with: "_"))"
            }
            events.append(event)
        }
        return events.sorted { $0.date > $1.date }
    }
}
