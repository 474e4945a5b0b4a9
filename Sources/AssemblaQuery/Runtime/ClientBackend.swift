import Assembla
import Foundation

/// The `QueryBackend` over the `Assembla` client: its models become records (API field names
/// from `apiFields`). Errors pass through as `AssemblaError`s; the evaluator translates them once.
struct ClientBackend: QueryBackend {
    let client: AssemblaClient

    init(client: AssemblaClient) {
        self.client = client
    }

    var requestsInFlight: [String] { client.requestsInFlight }

    /// The client handle for a space record: the one it was built from, else (a record made
    /// by the language: a `let`, a file) the space with its id, through the client's cached list.
    func handle(_ space: Record) async throws -> SpaceHandle {
        if case .space(let handle)? = space.origin { return handle }
        return try await client.space(named: space.text("id") ?? "")
    }

    /// The client handle for a milestone record of `space`: the one it was built from, else by id.
    func handle(_ milestone: Record, of space: Record) async throws -> MilestoneHandle {
        if case .milestone(let handle)? = milestone.origin { return handle }
        return try await handle(space).milestone(named: milestone.text("id") ?? "")
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
        return found.map(Record.init(space:))
    }

    func milestones(space: Record) async throws -> [Record] {
        try await handle(space).milestones().map(Record.init(milestone:))
    }

    func tickets(space: Record, milestone: Record?) async throws -> [Record] {
        let handle = try await handle(space)
        guard let milestone else { return try await handle.tickets().map { Record(model: $0.record) } }
        return try await self.handle(milestone, of: space).tickets().map { Record(model: $0.record) }
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
        try await client.tasks(from: from, to: to, spaceIDs: spaceIDs, userIDs: userIDs).map { Record(model: $0) }
    }

    func stream(from: Date?, to: Date?, space: Record?) async throws -> [Record] {
        var spaceHandle: SpaceHandle?
        if let space { spaceHandle = try await handle(space) }
        return try await client.stream(from: from, to: to, space: spaceHandle).map { Record(model: $0) }
    }

    func comments(ticket: Record, space: Record) async throws -> [Record] {
        let number = ticket.integer("number")
        guard number != 0 else { return [] }
        return try await handle(space).ticket(number: number).comments().map { Record(model: $0) }
    }

    func tags(space: Record) async throws -> [Record] {
        try await handle(space).tags().map { Record(model: $0) }
    }

    func tags(ticket: Record, space: Record) async throws -> [Record] {
        let number = ticket.integer("number")
        guard number != 0 else { return [] }
        return try await handle(space).ticket(number: number).tags().map { Record(model: $0) }
    }

    func ticketNumbers(tagged tag: Record, space: Record) async throws -> [Int] {
        let handle = try await handle(space)
        guard let id = tag.text("id"), let found = try await handle.tags().first(where: { String($0.id) == id }) else { return [] }
        return try await handle.tickets(taggedWith: found).map(\.record.number)
    }

    func statuses(space: Record) async throws -> [Record] {
        try await handle(space).statuses().map { Record(model: $0) }
    }

    func tools(space: Record) async throws -> [Record] {
        try await handle(space).tools().map { Record(model: $0) }
    }

    func repositoryTools(space: Record) async throws -> [Record] {
        try await handle(space).repositoryTools().map { Record(model: $0) }
    }

    func customFields(space: Record) async throws -> [Record] {
        try await handle(space).customFields().map { Record(model: $0) }
    }

    func members(space: Record) async throws -> [Record] {
        try await handle(space).members().map { Record(model: $0) }
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

extension Record {
    /// A model's API fields as a record: its values in the order of the one schema of its
    /// model type (the names are read once per type, not stored per record).
    init<Model: APIFieldsProviding>(model: Model, origin: RecordOrigin? = nil) {
        let fields = model.apiFields
        self.init(schema: RecordSchema.forModel(Model.self, names: fields.lazy.map(\.name)),
                  values: fields.map { Value($0.value) }, origin: origin)
    }

    /// A space's record, carrying its client handle.
    init(space: SpaceHandle) {
        self.init(model: space.record, origin: .space(space))
    }

    /// A milestone's record, carrying its client handle.
    init(milestone: MilestoneHandle) {
        self.init(model: milestone.record, origin: .milestone(milestone))
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
            let sorted = map.sorted { $0.key < $1.key }
            self = .record(Record(names: sorted.map(\.key), values: sorted.map { $0.value.isEmpty ? .null : .string($0.value) }))
        }
    }
}

