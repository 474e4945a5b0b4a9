import Foundation

extension SandboxStore {
    /// Space tools and user roles (writes).
    static var memberWriteRoutes: [Route] {
        [
            Route("POST", "v1/spaces/:space/space_tools/:tool/add") { try $0.addTool($1) },
            Route("PUT", "v1/spaces/:space/space_tools/:tool") { try $0.updateTool($1) },
            Route("DELETE", "v1/spaces/:space/space_tools/:tool") { store, request in
                let s = try store.spaceIndex(request, forWriting: true)
                store.state.spaces[s].tools.remove(at: try store.toolIndex(request, in: s))
                return .noContent
            },
            Route("POST", "v1/spaces/:space/user_roles") { try $0.createRole($1) },
            Route("PUT", "v1/spaces/:space/user_roles/:id") { try $0.updateRole($1) },
            Route("DELETE", "v1/spaces/:space/user_roles/:id") { try $0.deleteRole($1) },
        ]
    }

    /// Installs a tool by numeric type; the tickets tool (13) brings the default workflow.
    func addTool(_ request: APIRequest) throws -> APIResponse {
        let s = try spaceIndex(request, forWriting: true)
        guard let toolID = Int(request.parameter("tool")), ToolKind.isKnown(toolID) else {
            throw APIFailure.invalid("tool_id", "is not a known tool type")
        }
        let tool = SandboxSeeder.makeTool(toolID, in: state.spaces[s], createdAt: clock)
        state.spaces[s].tools.append(tool)
        if toolID == 13 && state.spaces[s].statuses.isEmpty {
            state.spaces[s].statuses = SandboxSeeder.makeStatuses(
                for: state.spaces[s], names: SandboxSeeder.defaultStatuses, createdAt: clock, state: &state)
        }
        return .created(tool.json, location: "/v1/spaces/\(state.spaces[s].space.id)/space_tools/\(tool.id)")
    }

    /// Changes a tool's permissions (the only writable fields), each 0…3 or null.
    func updateTool(_ request: APIRequest) throws -> APIResponse {
        let s = try spaceIndex(request, forWriting: true)
        let t = try toolIndex(request, in: s)
        let attributes = Attributes(value: request.attributes(wrapper: "space_tool"))
        var validation = Validation()
        let keys = ["team_permissions", "watcher_permissions", "public_permissions"]
        for key in keys where attributes.has(key) && !attributes.isNull(key) {
            if !(0...3).contains(attributes.int(key) ?? -1) { validation.add(key, "is not included in the list") }
        }
        try validation.check()
        var tool = state.spaces[s].tools[t]
        if attributes.has("team_permissions") { tool.teamPermissions = attributes.int("team_permissions") }
        if attributes.has("watcher_permissions") { tool.watcherPermissions = attributes.int("watcher_permissions") }
        if attributes.has("public_permissions") { tool.publicPermissions = attributes.int("public_permissions") }
        state.spaces[s].tools[t] = tool
        return .noContent
    }

    static let roles = ["watcher", "member", "owner"]

    /// Invites a user (id or login) with a role; one role per user per space.
    func createRole(_ request: APIRequest) throws -> APIResponse {
        let s = try spaceIndex(request, forWriting: true)
        let attributes = Attributes(value: request.attributes(wrapper: "user_role"))
        var validation = Validation()
        validation.requirePresent("user_id", attributes.string("user_id"))
        let user = attributes.string("user_id").flatMap { state.user($0) }
        if attributes.string("user_id") != nil && user == nil { validation.add("user_id", "is not a known user") }
        if let user, state.spaces[s].role(of: user.id) != nil { validation.add("user_id", "has already been taken") }
        if !Self.roles.contains(attributes.string("role") ?? "") { validation.add("role", "is not included in the list") }
        try validation.check()
        let role = UserRoleRecord(
            id: state.nextID(.role), userId: user!.id, spaceId: state.spaces[s].space.id,
            role: attributes.string("role")!, status: 1, invitedTime: clock, agreedTime: nil,
            title: attributes.string("title"), invitedById: request.caller.id)
        state.spaces[s].roles.append(role)
        return .created(role.json, location: "/v1/spaces/\(role.spaceId)/user_roles/\(role.id)")
    }

    func updateRole(_ request: APIRequest) throws -> APIResponse {
        let s = try spaceIndex(request, forWriting: true)
        let r = try index(in: s, \.roles, id: \.id, request)
        let attributes = Attributes(value: request.attributes(wrapper: "user_role"))
        var validation = Validation()
        if let role = attributes.string("role"), !Self.roles.contains(role) { validation.add("role", "is not included in the list") }
        if attributes.string("role") != "owner", state.spaces[s].roles[r].role == "owner", attributes.has("role"),
           state.spaces[s].roles.filter({ $0.role == "owner" }).count == 1 {
            validation.add("base", "A space needs at least one owner")
        }
        try validation.check()
        if let role = attributes.string("role") { state.spaces[s].roles[r].role = role }
        if attributes.has("title") { state.spaces[s].roles[r].title = attributes.string("title") }
        return .noContent
    }

    func deleteRole(_ request: APIRequest) throws -> APIResponse {
        let s = try spaceIndex(request, forWriting: true)
        let r = try index(in: s, \.roles, id: \.id, request)
        if state.spaces[s].roles[r].role == "owner", state.spaces[s].roles.filter({ $0.role == "owner" }).count == 1 {
            throw APIFailure.invalid("base", "A space needs at least one owner")
        }
        state.spaces[s].roles.remove(at: r)
        return .noContent
    }
}
