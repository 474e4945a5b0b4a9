import Foundation

/// Builds the deterministic seeded data of Contract 1 (docs/ARCHITECTURE.md) relative to `now`.
struct SandboxSeeder {
    let now: Date
    let ticketCount: Int
    /// Extra users seeded as members of Big Project, after everything else.
    var extraMemberCount = 0

    static let day: TimeInterval = 86_400

    /// The seeded users: login, name; `alice` first (the owner), `watcher1` last.
    static let people: [(login: String, name: String)] = [
        ("alice", "Alice Admin"), ("jsmith", "John Smith"), ("mjones", "Mary Jones"),
        ("bwong", "Bob Wong"), ("cdiaz", "Carla Díaz"), ("watcher1", "Walter Watcher"),
    ]

    /// A space to seed: name, wiki_name, age in days, ticket count, members (login → role), milestones.
    struct SpacePlan {
        let name: String
        let wikiName: String
        let description: String
        let ageDays: Double
        let ticketCount: Int
    /// Extra users seeded as members of Big Project, after everything else.
    var extraMemberCount = 0
        let members: [(login: String, role: String)]
        let milestones: [MilestonePlan]
        let extraTools: [Int]
        let richTickets: Bool
    }

    /// A milestone to seed: title, due in days from now (`nil` = none), completed, release level/notes, planner type.
    struct MilestonePlan {
        let title: String
        let dueInDays: Double?
        let completed: Bool
        var releaseLevel: Int? = nil
        var releaseNotes: String? = nil
        var plannerType = 0
    }

    var plans: [SpacePlan] {
        [
            SpacePlan(
                name: "Big Project", wikiName: "big-project",
                description: "The main product: a large backlog with history.", ageDays: 420,
                ticketCount: ticketCount,
                members: [("alice", "owner"), ("jsmith", "member"), ("mjones", "member"),
                          ("bwong", "member"), ("cdiaz", "member"), ("watcher1", "watcher")],
                milestones: [
                    MilestonePlan(title: "Release Candidate 1", dueInDays: 14, completed: false, plannerType: 2),
                    MilestonePlan(title: "Release Candidate 2", dueInDays: 45, completed: false),
                    MilestonePlan(title: "Backlog", dueInDays: nil, completed: false, plannerType: 1),
                    MilestonePlan(title: "Beta", dueInDays: -20, completed: true, releaseLevel: 2,
                                  releaseNotes: "First public beta: sign-in, search and reports."),
                ],
                extraTools: [128, 21], richTickets: true),
            SpacePlan(
                name: "Website Redesign", wikiName: "website-redesign",
                description: "New public website.", ageDays: 200, ticketCount: 40,
                members: [("alice", "owner"), ("mjones", "member"), ("cdiaz", "member")],
                milestones: [
                    MilestonePlan(title: "Launch", dueInDays: 30, completed: false),
                    MilestonePlan(title: "Content Freeze", dueInDays: -10, completed: true, releaseLevel: 3,
                                  releaseNotes: "All copy approved."),
                ],
                extraTools: [], richTickets: false),
            SpacePlan(
                name: "Mobile App", wikiName: "mobile-app",
                description: "iOS and Android clients.", ageDays: 150, ticketCount: 60,
                members: [("alice", "owner"), ("bwong", "member"), ("jsmith", "member")],
                milestones: [MilestonePlan(title: "v1.0", dueInDays: 21, completed: false)],
                extraTools: [], richTickets: false),
            SpacePlan(
                name: "Big Project Archive", wikiName: "big-project-archive",
                description: "Closed work of Big Project's first year.", ageDays: 800, ticketCount: 20,
                members: [("alice", "owner"), ("jsmith", "member")],
                milestones: [MilestonePlan(title: "Legacy", dueInDays: -300, completed: true)],
                extraTools: [], richTickets: false),
        ]
    }

    /// The complete seeded state.
    func makeState() -> SandboxState {
        var state = SandboxState()
        state.users = Self.people.map { person in
            UserRecord(
                id: SeededGenerator.identifier(for: "user:" + person.login), login: person.login,
                name: person.name, email: "\(person.login)@example.com",
                organization: person.login == "alice" ? "Sandbox Inc." : nil)
        }
        // Small spaces first, so Big Project's ticket ids differ from its ticket numbers.
        let ordered = plans
        var built: [String: SpaceData] = [:]
        for plan in ordered.dropFirst() + ordered.prefix(1) {
            built[plan.wikiName] = makeSpace(plan, state: &state)
        }
        state.spaces = ordered.compactMap { built[$0.wikiName] }
        state.tasks = makeTasks(state: &state)
        state.events = makeEvents(state: state)
        addExtraMembers(to: &state)
        return state
    }

    /// `member001`, `member002`, … as members of Big Project (seeded last, so no other id moves).
    private func addExtraMembers(to state: inout SandboxState) {
        guard extraMemberCount > 0, let big = state.spaces.firstIndex(where: { $0.space.wikiName == "big-project" }) else { return }
        let space = state.spaces[big].space
        let alice = userID("alice")
        for number in 1...extraMemberCount {
            let login = "member" + String(format: "%03d", number)
            state.users.append(UserRecord(id: userID(login), login: login, name: "Member \(number)",
                                          email: "\(login)@example.com", organization: nil))
            state.spaces[big].roles.append(UserRoleRecord(
                id: state.nextID(.role), userId: userID(login), spaceId: space.id, role: "member",
                status: 2, invitedTime: space.createdAt, agreedTime: space.createdAt.addingTimeInterval(3_600),
                title: nil, invitedById: alice))
        }
    }

    private func userID(_ login: String) -> String { SeededGenerator.identifier(for: "user:" + login) }

    private func makeSpace(_ plan: SpacePlan, state: inout SandboxState) -> SpaceData {
        let spaceID = SeededGenerator.identifier(for: "space:" + plan.wikiName)
        let created = now.addingTimeInterval(-plan.ageDays * Self.day)
        var data = SpaceData(space: SpaceRecord(
            id: spaceID, name: plan.name, description: plan.description, wikiName: plan.wikiName,
            createdAt: created, updatedAt: now.addingTimeInterval(-2 * Self.day)))
        for toolID in [13, 9, 23] + plan.extraTools {
            data.tools.append(Self.makeTool(toolID, in: data, createdAt: created))
        }
        let alice = userID("alice")
        for member in plan.members {
            data.roles.append(UserRoleRecord(
                id: state.nextID(.role), userId: userID(member.login), spaceId: spaceID, role: member.role,
                status: 2, invitedTime: created, agreedTime: created.addingTimeInterval(3_600),
                title: member.role == "owner" ? "Owner" : nil, invitedById: alice))
        }
        data.statuses = Self.makeStatuses(for: data, names: Self.seededStatuses, createdAt: created, state: &state)
        for milestone in plan.milestones {
            let due = milestone.dueInDays.map { now.addingTimeInterval($0 * Self.day) }
            data.milestones.append(MilestoneRecord(
                id: state.nextID(.milestone), spaceId: spaceID, title: milestone.title,
                description: "Milestone \(milestone.title) of \(plan.name).",
                dueDate: due.map(SandboxDates.day), userId: alice,
                createdAt: created.addingTimeInterval(Self.day), createdBy: alice,
                updatedAt: created.addingTimeInterval(2 * Self.day), updatedBy: alice,
                isCompleted: milestone.completed,
                completedDate: milestone.completed ? due.map { SandboxDates.day($0.addingTimeInterval(2 * Self.day)) } : nil,
                releaseLevel: milestone.releaseLevel, releaseNotes: milestone.releaseNotes,
                plannerType: milestone.plannerType))
        }
        if plan.richTickets {
            let toolID = data.tool(type: 13)!.id
            data.customFields = [
                CustomFieldRecord(id: state.nextID(.customField), spaceToolId: toolID, type: "Text", title: "Build",
                                  order: 1, listOptions: [], createdAt: created),
                CustomFieldRecord(id: state.nextID(.customField), spaceToolId: toolID, type: "List", title: "Severity",
                                  order: 2, listOptions: ["Minor", "Major", "Critical"], createdAt: created),
            ]
            data.tags = [("Core", 2), ("UI", 2), ("Backend", 2), ("Idea", 1)].map {
                TagRecord(id: state.nextID(.tag), spaceId: spaceID, name: $0.0, state: $0.1, createdAt: created)
            }
        }
        TicketSeeder(now: now, plan: plan, people: state.users).seed(into: &data, state: &state)
        return data
    }

    /// Seeded workflow: name and state (1 open, 0 closed).
    static let seededStatuses: [(String, Int)] = [
        ("New", 1), ("Accepted", 1), ("Test", 1), ("Code Review", 1), ("Fixed", 0), ("Invalid", 0),
    ]

    /// A new tickets tool's workflow (as recorded): New, Accepted, Test, Fixed, Invalid.
    static let defaultStatuses: [(String, Int)] = [
        ("New", 1), ("Accepted", 1), ("Test", 1), ("Fixed", 0), ("Invalid", 0),
    ]

    /// Statuses for a space's tickets tool.
    static func makeStatuses(for data: SpaceData, names: [(String, Int)], createdAt: Date,
                             state: inout SandboxState) -> [StatusRecord] {
        let toolID = data.tool(type: 13)?.id ?? data.space.id
        return names.enumerated().map { index, entry in
            StatusRecord(id: state.nextID(.status), spaceToolId: toolID, name: entry.0, state: entry.1,
                         listOrder: index + 1, createdAt: createdAt)
        }
    }

    /// A new tool of type `toolID` in a space (instance number one past the existing ones of that type).
    static func makeTool(_ toolID: Int, in data: SpaceData, createdAt: Date) -> ToolRecord {
        let number = data.tools.filter { $0.toolId == toolID }.count + 1
        let id = SeededGenerator.identifier(for: "tool:\(data.space.id):\(toolID):\(number)")
        let kind = ToolKind.of(toolID)
        let suffix = number == 1 ? "" : "-\(number)"
        let url = kind.isRepository ? "git@git.sandbox.local:\(data.space.wikiName)\(suffix).git" : nil
        return ToolRecord(id: id, spaceId: data.space.id, number: number, toolId: toolID, createdAt: createdAt, url: url)
    }
}
