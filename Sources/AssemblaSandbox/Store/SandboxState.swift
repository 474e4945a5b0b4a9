import Foundation

/// All the data one sandbox serves; the ``SandboxStore`` actor owns and mutates it.
struct SandboxState: Sendable {
    /// Integer id sequences, one per kind of record.
    enum Sequence: Hashable, Sendable {
        case ticket, comment, milestone, status, customField, tag, role, task, space
    }

    var users: [UserRecord] = []
    var spaces: [SpaceData] = []
    var tasks: [TaskRecord] = []
    var events: [EventRecord] = []
    private var counters: [Sequence: Int] = [:]

    /// The next id of `kind` (each sequence starts at its own base so ids of different kinds differ).
    mutating func nextID(_ kind: Sequence) -> Int {
        let base: Int
        switch kind {
        case .ticket: base = 1_001
        case .comment: base = 5_001
        case .milestone: base = 101
        case .status: base = 201
        case .customField: base = 301
        case .tag: base = 401
        case .role: base = 501
        case .task: base = 1
        case .space: base = 1
        }
        let value = counters[kind] ?? base
        counters[kind] = value + 1
        return value
    }

    /// The user with this id or login.
    func user(_ idOrLogin: String) -> UserRecord? {
        users.first { $0.id == idOrLogin || $0.login == idOrLogin }
    }

    /// The position of the space with this id or wiki_name.
    func spaceIndex(_ idOrWikiName: String) -> Int? {
        spaces.firstIndex { $0.space.id == idOrWikiName } ?? spaces.firstIndex { $0.space.wikiName == idOrWikiName }
    }

    /// The position of the space and ticket with this global ticket id.
    func ticketLocation(id: Int) -> (space: Int, ticket: Int)? {
        for (s, data) in spaces.enumerated() {
            if let t = data.tickets.firstIndex(where: { $0.id == id }) { return (s, t) }
        }
        return nil
    }
}
