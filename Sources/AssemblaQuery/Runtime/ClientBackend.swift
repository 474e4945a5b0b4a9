import Assembla
import Foundation

/// The `QueryBackend` over the `Assembla` client: its models become records (API field names
/// from `apiFields`). Errors pass through as `AssemblaError`s; the evaluator translates them once.
struct ClientBackend: QueryBackend {
    let client: AssemblaClient
    let handles = HandleStore()

    init(client: AssemblaClient) {
        self.client = client
    }

    var requestsInFlight: [String] { client.requestsInFlight }

    /// The client handle for a space record (remembered from listings; else looked up by id).
    func handle(_ space: Record) async throws -> SpaceHandle {
        let id = space.text("id") ?? ""
        if let known = await handles.space(id) { return known }
        let found = try await client.space(named: id)
        await handles.remember([found])
        return found
    }

    func spaces(withTool tool: String?) async throws -> [Record] {
        let found: [SpaceHandle]
        if let tool, let id = Int(tool) {
            found = try await client.spaces(withTool: id)
        } else if let tool {
            found = try await client.spaces(withTool: tool)
        } else {
            found = try await client.spaces()
        }
        await handles.remember(found)
        return found.map { Record(model: $0.record) }
    }

    func milestones(space: Record) async throws -> [Record] {
        try await handle(space).milestones().map { Record(model: $0.record) }
    }

    func tickets(space: Record, milestone: Record?) async throws -> [Record] {
        let handle = try await handle(space)
        guard let id = milestone?.text("id") else { return try await handle.tickets().map { Record(model: $0.record) } }
        return try await handle.milestone(named: id).tickets().map { Record(model: $0.record) }
    }

    func ticket(number: Int, space: Record) async throws -> Record {
        Record(model: try await handle(space).ticket(number: number).record)
    }

    func users(space: Record) async throws -> [Record] {
        try await handle(space).users().map { Record(model: $0.record) }
    }

    func me() async throws -> Record {
        Record(model: try await client.me())
    }

    func tasks(from: Date?, to: Date?, spaceIDs: [String], userIDs: [String]) async throws -> [Record] {
        try await client.tasks(from: from, to: to, spaceIDs: spaceIDs, userIDs: userIDs).map(Record.init(model:))
    }

    func stream(from: Date?, to: Date?, space: Record?) async throws -> [Record] {
        var spaceHandle: SpaceHandle?
        if let space { spaceHandle = try await handle(space) }
        return try await client.stream(from: from, to: to, space: spaceHandle).map(Record.init(model:))
    }

    func comments(ticket: Record, space: Record) async throws -> [Record] {
        let number = ticket.integer("number")
        guard number != 0 else { return [] }
        return try await handle(space).ticket(number: number).comments().map(Record.init(model:))
    }

    func tags(space: Record) async throws -> [Record] {
        try await handle(space).tags().map(Record.init(model:))
    }

    func tags(ticket: Record, space: Record) async throws -> [Record] {
        let number = ticket.integer("number")
        guard number != 0 else { return [] }
        return try await handle(space).ticket(number: number).tags().map(Record.init(model:))
    }

    func ticketNumbers(tagged tag: Record, space: Record) async throws -> [Int] {
        let handle = try await handle(space)
        guard let id = tag.text("id"), let found = try await handle.tags().first(where: { String($0.id) == id }) else { return [] }
        return try await handle.tickets(taggedWith: found).map(\.record.number)
    }

    func statuses(space: Record) async throws -> [Record] {
        try await handle(space).statuses().map(Record.init(model:))
    }

    func tools(space: Record) async throws -> [Record] {
        try await handle(space).tools().map(Record.init(model:))
    }

    func repositoryTools(space: Record) async throws -> [Record] {
        try await handle(space).repositoryTools().map(Record.init(model:))
    }

    func customFields(space: Record) async throws -> [Record] {
        try await handle(space).customFields().map(Record.init(model:))
    }

    func members(space: Record) async throws -> [Record] {
        try await handle(space).members().map(Record.init(model:))
    }

    func setCache(enabled: Bool, space: Record?) async throws {
        if let space {
            let cache = try await handle(space).cache
            if enabled { await cache.activate() } else { await cache.deactivate() }
        } else if enabled {
            await client.cache.activate()
        } else {
            await client.cache.deactivate()
        }
    }

    func clearCache(space: Record?) async throws {
        if let space { try await handle(space).cache.clear() } else { await client.cache.clear() }
    }
}

/// Space handles seen so far, by id, so records can find their handle without a request.
actor HandleStore {
    private var spaces: [String: SpaceHandle] = [:]

    func space(_ id: String) -> SpaceHandle? { spaces[id] }

    func remember(_ handles: [SpaceHandle]) {
        for handle in handles { spaces[handle.record.id] = handle }
    }
}

extension Record {
    /// A model's API fields as a record.
    init(model: some APIFieldsProviding) {
        self.init(model.apiFields.map { Field(name: $0.name, value: Value($0.value)) })
    }
}

extension Value {
    /// The language's value for a library field value.
    init(_ field: FieldValue) {
        switch field {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .int(let number): self = .int(number)
        case .double(let number): self = .double(number)
        case .string(let text): self = .string(text)
        case .date(let date): self = .date(date, dayOnly: false)
        case .day(let text): self = DateParsing.parse(text).map { .date($0, dayOnly: true) } ?? .string(text)
        case .strings(let items): self = .list(items.map(Value.string))
        case .object(let map):
            // The API sends "" for unset custom fields: an empty value is null (filters `=null`, sort, min/max).
            self = .record(Record(map.sorted { $0.key < $1.key }.map { Field(name: $0.key, value: $0.value.isEmpty ? .null : .string($0.value)) }))
        }
    }
}

