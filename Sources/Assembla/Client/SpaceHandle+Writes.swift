extension SpaceHandle {
    /// Changes the space's attributes (any writable one, by API name, e.g.
    /// `["description": .string("…")]`) with `PUT /v1/spaces/:id`, and returns the space
    /// as the server now has it.
    @discardableResult
    public func update(_ attributes: Attributes) async throws -> SpaceHandle {
        try match?.requireExact(for: "update", kind: "space")
        try await core.send(SpaceEndpoints.update(record.id, attributes))
        await core.caches.root.invalidate([.spaces])
        let fresh = try await core.send(SpaceEndpoints.show(record.id))
        return SpaceHandle(record: fresh, core: core, cache: cache)
    }

    /// Copies the space under a new name (`POST /v1/spaces/:id/copy`).
    @discardableResult
    public func copy(named name: String, attributes: Attributes = [:]) async throws -> SpaceHandle {
        var body = attributes
        body["name"] = .string(name)
        let copied = try await core.send(SpaceEndpoints.copy(record.id, body))
        await core.caches.root.invalidate([.spaces])
        return SpaceHandle(record: copied, core: core, cache: await core.caches.space(copied.id))
    }

    /// Deletes the space (`DELETE /v1/spaces/:id`).
    public func delete() async throws {
        try match?.requireExact(for: "delete", kind: "space")
        try await core.send(SpaceEndpoints.delete(record.id))
        await core.caches.root.invalidate([.spaces])
        await cache.clear()
    }

    // MARK: Tools

    /// Installs a tool by type (`POST …/space_tools/:type/add`); returns it when the server
    /// describes it (it may answer `{}`).
    @discardableResult
    public func addTool(_ type: ToolType) async throws -> SpaceTool? {
        try await write(invalidating: [.tools]) { try await core.send(SpaceToolEndpoints.add(record.id, type: type.id)) }.value
    }

    /// Installs the tool named `name` ("Time", "wiki", or a type number as text).
    @discardableResult
    public func addTool(named name: String) async throws -> SpaceTool? {
        try await addTool(ToolType.resolve(name))
    }

    /// Changes a tool's permissions (1 view, 2 edit, 3 all); only the given ones are sent.
    public func updateTool(_ tool: String, team: Int? = nil, watcher: Int? = nil, public: Int? = nil) async throws {
        let target = try await self.tool(named: tool, exactly: true)
        var attributes: Attributes = [:]
        attributes.set("team_permissions", team.map(AttributeValue.int))
        attributes.set("watcher_permissions", watcher.map(AttributeValue.int))
        attributes.set("public_permissions", `public`.map(AttributeValue.int))
        try await write(invalidating: [.tools]) {
            try await core.send(SpaceToolEndpoints.update(record.id, tool: target.id, attributes))
        }
    }

    /// Removes a tool (by id, name, menu name or type).
    public func removeTool(_ tool: String) async throws {
        let target = try await self.tool(named: tool, exactly: true)
        try await write(invalidating: [.tools]) { try await core.send(SpaceToolEndpoints.remove(record.id, tool: target.id)) }
    }

    // MARK: Members

    /// The roles a member can have.
    public static let memberRoles = ["watcher", "member", "owner"]

    /// Adds a member by login, email or id (resolved with `GET /v1/users/:login`) with a role
    /// (watcher, member or owner).
    @discardableResult
    public func addMember(_ who: String, role: String = "member") async throws -> UserRole {
        let role = try Self.checkedRole(role)
        let user = try await findUser(who)
        return try await write(invalidating: [.members]) {
            try await core.send(UserRoleEndpoints.create(record.id, ["user_id": .string(user.id), "role": .string(role)]))
        }
    }

    /// Changes a member's role.
    public func changeRole(of who: String, to role: String) async throws {
        let role = try Self.checkedRole(role)
        let membership = try await self.membership(of: who)
        try await write(invalidating: [.members]) {
            try await core.send(UserRoleEndpoints.update(record.id, id: membership.id, ["role": .string(role)]))
        }
    }

    /// Removes a member.
    public func removeMember(_ who: String) async throws {
        let membership = try await self.membership(of: who)
        try await write(invalidating: [.members]) { try await core.send(UserRoleEndpoints.delete(record.id, id: membership.id)) }
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
