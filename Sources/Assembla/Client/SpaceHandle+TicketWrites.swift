extension SpaceHandle {
    /// Creates a ticket (`POST …/tickets`); names in `fields` are resolved in this space.
    /// The space's cached ticket lists are dropped so the next read shows it.
    @discardableResult
    public func createTicket(_ fields: TicketFields) async throws -> TicketHandle {
        let attributes = try await ticketAttributes(fields)
        let created = try await write(invalidating: [.tickets]) {
            try await core.send(TicketEndpoints.create(record.id, attributes))
        }
        return TicketHandle(record: created, space: self)
    }

    /// Creates a milestone (`POST …/milestones`).
    @discardableResult
    public func createMilestone(_ fields: MilestoneFields) async throws -> MilestoneHandle {
        let attributes = try fields.attributes()
        let created = try await write(invalidating: [.milestones]) {
            try await core.send(MilestoneEndpoints.create(record.id, attributes))
        }
        return MilestoneHandle(record: created, space: self)
    }

    /// Runs a write, then drops the cached lists of exactly the `resources` it changes — also
    /// when the write failed, since a failed write may still have been applied.
    @discardableResult
    func write<Result>(invalidating resources: Set<CacheKey.Resource>, _ operation: () async throws -> Result) async throws -> Result {
        do {
            let result = try await operation()
            await cache.invalidate(resources)
            return result
        } catch {
            await cache.invalidate(resources)
            throw error
        }
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
