extension SpaceHandle {
    /// Creates a ticket (`POST …/tickets`); names in `fields` are resolved in this space.
    /// The space's cached ticket lists are dropped so the next read shows it.
    @discardableResult
    public func createTicket(_ fields: TicketFields) async throws -> TicketHandle {
        try await prepareCreateTicket(fields).send()
    }

    /// ``createTicket(_:)`` resolved (status, assignee, milestone and custom-field names are
    /// read) and not sent.
    public func prepareCreateTicket(_ fields: TicketFields) async throws -> PendingWrite<TicketHandle> {
        let attributes = try await ticketAttributes(fields)
        return pendingWrite(TicketEndpoints.create(record.id, attributes), invalidating: [.tickets]) { [self] created in
            TicketHandle(record: created, space: self)
        }
    }

    /// Creates a milestone (`POST …/milestones`).
    @discardableResult
    public func createMilestone(_ fields: MilestoneFields) async throws -> MilestoneHandle {
        try await prepareCreateMilestone(fields).send()
    }

    /// ``createMilestone(_:)`` checked and not sent.
    /// - Throws: ``AssemblaError`` `.invalidArgument` when a field is invalid.
    public func prepareCreateMilestone(_ fields: MilestoneFields) throws -> PendingWrite<MilestoneHandle> {
        let attributes = try fields.attributes()
        return pendingWrite(MilestoneEndpoints.create(record.id, attributes), invalidating: [.milestones]) { [self] created in
            MilestoneHandle(record: created, space: self)
        }
    }

    /// A write of `endpoint` that drops the cached lists of exactly the `resources` it changes
    /// once sent — also when it failed, since a failed write may still have been applied.
    func pendingWrite<Response, Result>(_ endpoint: Endpoint<Response>, invalidating resources: Set<CacheKey.Resource>,
                                        then: @escaping @Sendable (Response) async throws -> Result) -> PendingWrite<Result> {
        let cache = cache
        return PendingWrite(endpoint, core: core, invalidate: { await cache.invalidate(resources) }, then: then)
    }

    /// The API attributes for `fields`: status, assignee, milestone and custom fields resolved
    /// by name in this space.
    func ticketAttributes(_ fields: TicketFields) async throws -> Attributes {
        var result = fields.other
        result.set("summary", fields.summary.map(AttributeValue.string))
        result.set("description", fields.description.map(AttributeValue.string))
        result.set("priority", fields.priority.map { AttributeValue.int($0.rawValue) })
        result.set("tags", fields.tags.map(AttributeValue.strings))
        if let status = fields.status {
            let statuses = try await statuses()
            let matcher = NameMatcher<TicketStatus>(kind: "status", keys: { [$0.name] }, name: \.name)
            result["status"] = .string(try matcher.find(status, in: statuses).name)
        }
        if let assignee = fields.assignee {
            result["assigned_to_id"] = assignee.isEmpty ? .null : .string(try await user(named: assignee).record.id)
        }
        if let milestone = fields.milestone {
            result["milestone_id"] = milestone.isEmpty ? .null : .int(try await self.milestone(named: milestone).record.id)
        }
        if !fields.customFields.isEmpty {
            let defined = try await customFields()
            let matcher = NameMatcher<CustomField>(kind: "custom field", keys: { [$0.title] }, name: \.title)
            var values: [String: AttributeValue] = [:]
            for (title, value) in fields.customFields {
                let field = try matcher.find(title, in: defined)
                if let options = field.listOptions, !options.isEmpty, !value.isEmpty, !options.contains(value) {
                    throw AssemblaError(.invalidArgument(reason:
                        "\"\(value)\" is not a choice of custom field \"\(field.title)\" (choices: \(options.joined(separator: ", ")))"))
                }
                values[field.title] = .string(value)
            }
            result["custom_fields"] = .object(values)
        }
        return result
    }
}
