extension MilestoneHandle {
    /// Changes only the given attributes (`PUT …/milestones/:id`), then returns the
    /// milestone as the server now has it.
    @discardableResult
    public func update(_ fields: MilestoneFields) async throws -> MilestoneHandle {
        try await prepareUpdate(fields).send()
    }

    /// ``update(_:)`` checked and not sent.
    /// - Throws: ``AssemblaError`` when the milestone was found by an inexact name or a field is invalid.
    public func prepareUpdate(_ fields: MilestoneFields) throws -> PendingWrite<MilestoneHandle> {
        try match?.requireExact(for: "update", kind: "milestone")
        let attributes = try fields.attributes()
        let (space, id) = (space, record.id)
        return space.pendingWrite(MilestoneEndpoints.update(space.record.id, id: id, attributes), invalidating: [.milestones]) { _ in
            try await space.milestone(named: String(id))
        }
    }

    /// Marks the milestone completed.
    @discardableResult
    public func complete() async throws -> MilestoneHandle {
        try await prepareComplete().send()
    }

    /// ``complete()`` not sent.
    public func prepareComplete() throws -> PendingWrite<MilestoneHandle> {
        try prepareUpdate(MilestoneFields(isCompleted: true))
    }

    /// Deletes the milestone.
    public func delete() async throws {
        try await prepareDelete().send()
    }

    /// ``delete()`` checked and not sent.
    /// - Throws: ``AssemblaError`` when the milestone was found by an inexact name.
    public func prepareDelete() throws -> PendingWrite<Void> {
        try match?.requireExact(for: "delete", kind: "milestone")
        return space.pendingWrite(MilestoneEndpoints.delete(space.record.id, id: record.id), invalidating: [.milestones]) { _ in }
    }
}
