extension MilestoneHandle {
    /// Changes only the given attributes (`PUT …/milestones/:id`), then returns the
    /// milestone as the server now has it.
    @discardableResult
    public func update(_ fields: MilestoneFields) async throws -> MilestoneHandle {
        try match?.requireExact(for: "update", kind: "milestone")
        let attributes = try fields.attributes()
        try await space.write(invalidating: [.milestones]) {
            try await space.core.send(MilestoneEndpoints.update(space.record.id, id: record.id, attributes))
        }
        return try await space.milestone(named: String(record.id))
    }

    /// Marks the milestone completed.
    @discardableResult
    public func complete() async throws -> MilestoneHandle {
        try await update(MilestoneFields(isCompleted: true))
    }

    /// Deletes the milestone.
    public func delete() async throws {
        try match?.requireExact(for: "delete", kind: "milestone")
        try await space.write(invalidating: [.milestones]) {
            try await space.core.send(MilestoneEndpoints.delete(space.record.id, id: record.id))
        }
    }
}
