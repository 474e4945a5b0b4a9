import Foundation

/// Generates one space's tickets and comments, deterministically from the space's wiki_name.
struct TicketSeeder {
    let now: Date
    let plan: SandboxSeeder.SpacePlan
    let people: [UserRecord]

    private static let verbs = ["Fix", "Improve", "Add", "Refactor", "Document", "Investigate", "Remove", "Speed up"]
    private static let subjects = [
        "login form", "search results", "report export", "user settings page", "ticket list", "email digest",
        "billing screen", "API pagination", "dashboard widgets", "file upload", "password reset", "audit log",
    ]
    private static let details = [
        "on slow networks", "for long names", "in Safari", "after an upgrade", "with non-ASCII input",
        "when offline", "for large spaces", "on first run",
    ]
    private static let remarks = [
        "I can reproduce this locally.", "Looks related to the last release.", "Fixed in the branch, please review.",
        "Needs a decision from the product owner.", "Moved to the next milestone.", "Tested on staging: works.",
    ]

    func seed(into data: inout SpaceData, state: inout SandboxState) {
        var random = SeededGenerator(label: "tickets:" + plan.wikiName)
        let members = data.roles.filter { $0.role != "watcher" }.map(\.userId)
        let john = people.first { $0.login == "jsmith" }!.id
        let alice = people.first { $0.login == "alice" }!.id
        let openMilestones = data.milestones.filter { !$0.isCompleted }
        let span = plan.ageDays * SandboxSeeder.day * 0.95
        let count = max(plan.ticketCount, 0)
        data.tickets.reserveCapacity(count)
        for number in 1...max(count, 1) where count > 0 {
            let created = now.addingTimeInterval(-span * (1 - Double(number - 1) / Double(max(count, 1))) - 3_600)
            var status = random.pick(data.statuses)
            var priority = random.int(in: 1...5)
            var assignee: String? = random.chance(0.2) ? nil : random.pick(members)
            var milestone: Int? = random.chance(0.25) || data.milestones.isEmpty ? nil : random.pick(data.milestones).id
            if plan.richTickets {
                if number == 201 { status = data.statuses.first { $0.name == "Test" }! }
                if number == 301 {
                    milestone = openMilestones.first?.id
                    assignee = john
                    status = data.statuses.first { $0.name == "Accepted" }!
                }
                if number % 50 == 7 {
                    assignee = john
                    priority = 1
                    status = data.statuses.first { $0.name == "Test" }!
                }
            }
            if status.state == 0, milestone == nil, !data.milestones.isEmpty { milestone = data.milestones.last!.id }
            let updated = min(created.addingTimeInterval(Double(random.int(in: 0...(30 * 24))) * 3_600), now.addingTimeInterval(-60))
            let reporter = random.pick(members)
            var followers = [reporter]
            if let assignee, assignee != reporter { followers.append(assignee) }
            if !followers.contains(alice), random.chance(0.3) { followers.append(alice) }
            let estimate = Double(random.pick([0, 1, 2, 3, 5, 8]))
            let invested = status.state == 0 ? estimate + Double(random.int(in: 0...4)) * 0.5 : Double(random.int(in: 0...3)) * 0.5
            var customFields: [(title: String, value: String)] = []
            for field in data.customFields {
                switch field.title {
                case "Build": customFields.append((field.title, random.chance(0.6) ? "2026.\(number % 12 + 1).\(number % 7)" : ""))
                default: customFields.append((field.title, field.listOptions.isEmpty ? "" : random.pick(field.listOptions)))
                }
            }
            var tags: [String] = []
            for tag in data.tags where random.chance(tag.state == 2 ? 0.3 : 0.05) { tags.append(tag.name) }
            let summary = "\(random.pick(Self.verbs)) \(random.pick(Self.subjects)) \(random.pick(Self.details))"
            let ticket = TicketRecord(
                id: state.nextID(.ticket), number: number, spaceId: data.space.id, summary: summary,
                description: random.chance(0.15) ? nil : "\(summary).\n\nSteps: open the page, try it, see the problem.",
                priority: priority, completedDate: status.state == 0 ? updated : nil,
                createdOn: created, updatedAt: updated, milestoneId: milestone,
                notificationList: followers.joined(separator: ","), state: status.state, status: status.name,
                workingHours: invested, estimate: estimate, totalEstimate: estimate, totalInvestedHours: invested,
                totalWorkingHours: invested, assignedToId: assignee, reporterId: reporter,
                customFields: customFields, tags: tags)
            data.tickets.append(ticket)
            data.highestTicketNumber = number
            let commentCount = (plan.richTickets && number == 301) ? 4 : (random.chance(0.3) ? random.int(in: 1...3) : 0)
            if commentCount > 0 {
                data.comments[ticket.id] = (0..<commentCount).map { index in
                    let when = min(created.addingTimeInterval(Double(index + 1) * 5_400), now.addingTimeInterval(-30))
                    return CommentRecord(id: state.nextID(.comment), ticketId: ticket.id, userId: random.pick(members),
                                         comment: random.pick(Self.remarks), createdOn: when, updatedAt: when)
                }
            }
        }
    }
}
