extension SpaceHandle {
    /// Changes the space's attributes (any writable one, by API name, e.g.
    /// `["description": .string("…")]`) with `PUT /v1/spaces/:id`, and returns the space
    /// as the server now has it.
    @discardableResult
    public func update(_ attributes: Attributes) async throws -> SpaceHandle {
        try await prepareUpdate(attributes).send()
    }

    /// ``update(_:)`` checked and not sent.
    /// - Throws: ``AssemblaError`` when the space was found by an inexact name.
    public func prepareUpdate(_ attributes: Attributes) throws -> PendingWrite<SpaceHandle> {
        try match?.requireExact(for: "update", kind: "space")
        let (core, cache, id) = (core, cache, record.id)
        return PendingWrite(SpaceEndpoints.update(id, attributes), core: core,
                            invalidate: { await core.caches.root.invalidate([.spaces]) }) { _ in
            SpaceHandle(record: try await core.send(SpaceEndpoints.show(id)), core: core, cache: cache)
        }
    }

    /// Copies the space under a new name (`POST /v1/spaces/:id/copy`).
    @discardableResult
    public func copy(named name: String, attributes: Attributes = [:]) async throws -> SpaceHandle {
        try await prepareCopy(named: name, attributes: attributes).send()
    }

    /// ``copy(named:attributes:)`` not sent.
    public func prepareCopy(named name: String, attributes: Attributes = [:]) -> PendingWrite<SpaceHandle> {
        var body = attributes
        body["name"] = .string(name)
        let core = core
        return PendingWrite(SpaceEndpoints.copy(record.id, body), core: core,
                            invalidate: { await core.caches.root.invalidate([.spaces]) }) { copied in
            SpaceHandle(record: copied, core: core, cache: await core.caches.space(copied.id))
        }
    }

    /// Deletes the space (`DELETE /v1/spaces/:id`).
    public func delete() async throws {
        try await prepareDelete().send()
    }

    /// ``delete()`` checked and not sent.
    /// - Throws: ``AssemblaError`` when the space was found by an inexact name.
    public func prepareDelete() throws -> PendingWrite<Void> {
        try match?.requireExact(for: "delete", kind: "space")
        let (core, cache) = (core, cache)
        return PendingWrite(SpaceEndpoints.delete(record.id), core: core, invalidate: {
            await core.caches.root.invalidate([.spaces])
            await cache.clear()
        }) { _ in }
    }

    // MARK: Tools

    /// Installs a tool by type (`POST …/space_tools/:type/add`); returns it when the server
    /// describes it (it may answer `{}`).
    @discardableResult
    public func addTool(_ type: ToolType) async throws -> SpaceTool? {
        try await prepareAddTool(type).send()
    }

    /// `addTool(_ type: ToolType)` not sent.
    public func prepareAddTool(_ type: ToolType) -> PendingWrite<SpaceTool?> {
        pendingWrite(SpaceToolEndpoints.add(record.id, type: type.id), invalidating: [.tools]) { $0.value }
    }

    /// Installs the tool named `name` ("Time", "wiki", or a type number as text).
    @discardableResult
    public func addTool(named name: String) async throws -> SpaceTool? {
        try await prepareAddTool(named: name).send()
    }

    /// ``addTool(named:)`` resolved and not sent.
    /// - Throws: ``AssemblaError`` when no tool type has that name.
    public func prepareAddTool(named name: String) throws -> PendingWrite<SpaceTool?> {
        prepareAddTool(try ToolType.resolve(name))
    }

    /// Changes a tool's permissions (1 view, 2 edit, 3 all); only the given ones are sent.
    public func updateTool(_ tool: String, team: Int? = nil, watcher: Int? = nil, public: Int? = nil) async throws {
        try await prepareUpdateTool(tool, team: team, watcher: watcher, public: `public`).send()
    }

    /// ``updateTool(_:team:watcher:public:)`` resolved (the space's tools are read) and not sent.
    public func prepareUpdateTool(_ tool: String, team: Int? = nil, watcher: Int? = nil,
                                  public: Int? = nil) async throws -> PendingWrite<Void> {
        let target = try await self.tool(named: tool, exactly: true)
        var attributes: Attributes = [:]
        attributes.set("team_permissions", team.map(AttributeValue.int))
        attributes.set("watcher_permissions", watcher.map(AttributeValue.int))
        attributes.set("public_permissions", `public`.map(AttributeValue.int))
        return pendingWrite(SpaceToolEndpoints.update(record.id, tool: target.id, attributes), invalidating: [.tools]) { _ in }
    }

    /// Removes a tool (by id, name, menu name or type).
    public func removeTool(_ tool: String) async throws {
        try await prepareRemoveTool(tool).send()
    }

    /// ``removeTool(_:)`` resolved (the space's tools are read) and not sent.
    public func prepareRemoveTool(_ tool: String) async throws -> PendingWrite<Void> {
        let target = try await self.tool(named: tool, exactly: true)
        return pendingWrite(SpaceToolEndpoints.remove(record.id, tool: target.id), invalidating: [.tools]) { _ in }
    }

    // MARK: Members

    /// The roles a member can have.
    public static let memberRoles = ["watcher", "member", "owner"]

    /// Adds a member by login, email or id (resolved with `GET /v1/users/:login`) with a role
    /// (watcher, member or owner).
    @discardableResult
    public func addMember(_ who: String, role: String = "member") async throws -> UserRole {
        try await prepareAddMember(who, role: role).send()
    }

    /// ``addMember(_:role:)`` resolved (the user is looked up) and not sent.
    public func prepareAddMember(_ who: String, role: String = "member") async throws -> PendingWrite<UserRole> {
        let role = try Self.checkedRole(role)
        let user = try await findUser(who)
        return pendingWrite(UserRoleEndpoints.create(record.id, ["user_id": .string(user.id), "role": .string(role)]),
                            invalidating: [.members]) { $0 }
    }

    /// Changes a member's role.
    public func changeRole(of who: String, to role: String) async throws {
        try await prepareChangeRole(of: who, to: role).send()
    }

    /// ``changeRole(of:to:)`` resolved (users and members are read) and not sent.
    public func prepareChangeRole(of who: String, to role: String) async throws -> PendingWrite<Void> {
        let role = try Self.checkedRole(role)
        let membership = try await self.membership(of: who)
        return pendingWrite(UserRoleEndpoints.update(record.id, id: membership.id, ["role": .string(role)]),
                            invalidating: [.members]) { _ in }
    }

    /// Removes a member.
    public func removeMember(_ who: String) async throws {
        try await prepareRemoveMember(who).send()
    }

    /// ``removeMember(_:)`` resolved (users and members are read) and not sent.
    public func prepareRemoveMember(_ who: String) async throws -> PendingWrite<Void> {
        let membership = try await self.membership(of: who)
        return pendingWrite(UserRoleEndpoints.delete(record.id, id: membership.id), invalidating: [.members]) { _ in }
    }

    /// The user `who` names: an email is looked up among the users of the caller's spaces
    /// (the API finds users only by id or login), anything else with `GET /v1/users/:who`.
    func findUser(_ who: String) async throws -> User {
        guard who.contains("@") else { return try await core.send(UserEndpoints.find(who)) }
        let spaces: [Space] = try await core.caches.root.list(.spaces) { [core] in
            try await core.send(SpaceEndpoints.list())
        }
        let lists = try await boundedMap(spaces, limit: core.configuration.maxConcurrentRequests) { [core] space in
            let cache = await core.caches.space(space.id)
            return try await SpaceHandle(record: space, core: core, cache: cache).users().map(\.record)
        }
        let known = lists.joined()
        if let match = known.first(where: { $0.email?.caseInsensitiveCompare(who) == .orderedSame }) { return match }
        throw AssemblaError(.noSuch(what: "user with email \"\(who)\" among the members of your spaces"))
    }

    /// The role of the member called `who` (login, name, email or id).
    func membership(of who: String) async throws -> UserRole {
        let user = try UserHandle.matcher.findExactly(who, in: try await users())
        guard let role = try await members().first(where: { $0.userID == user.record.id }) else {
            throw AssemblaError(.noSuch(what: "role of \(user.record.login) in space \"\(record.name)\""))
        }
        return role
    }

    static func checkedRole(_ role: String) throws -> String {
        let lowered = role.lowercased()
        guard memberRoles.contains(lowered) else {
            throw AssemblaError(.invalidArgument(reason: "role \"\(role)\" is not one of \(memberRoles.joined(separator: ", "))"))
        }
        return lowered
    }
}
