import Foundation

extension SandboxStore {
    /// Spaces, tools and members (writes).
    static var spaceWriteRoutes: [Route] {
        [
            Route("POST", "v1/spaces") { try $0.createSpace($1) },
            Route("PUT", "v1/spaces/:space") { try $0.updateSpace($1) },
            Route("POST", "v1/spaces/:space/copy") { try $0.copySpace($1) },
            Route("DELETE", "v1/spaces/:space") { try $0.deleteSpace($1) },
        ]
    }

    func createSpace(_ request: APIRequest) throws -> APIResponse {
        let attributes = Attributes(value: request.attributes(wrapper: "space"))
        let id = SeededGenerator.identifier(for: "created-space:\(state.nextID(.space))")
        let at = clock
        var space = SpaceRecord(id: id, name: "", description: "", wikiName: id, createdAt: at, updatedAt: at)
        try apply(attributes, to: &space, requireName: true)
        var data = SpaceData(space: space)
        data.roles.append(ownerRole(for: request.caller, in: id, at: at))
        state.spaces.append(data)
        return .created(space.json, location: "/v1/spaces/\(id)")
    }

    func updateSpace(_ request: APIRequest) throws -> APIResponse {
        let s = try spaceIndex(request, forWriting: true)
        var space = state.spaces[s].space
        try apply(Attributes(value: request.attributes(wrapper: "space")), to: &space, requireName: false)
        space.updatedAt = clock
        state.spaces[s].space = space
        return .noContent
    }

    /// Copies a space's settings, tools, workflow, custom fields, tags and milestones (not its
    /// tickets) into a new space named by the body; the caller owns the copy.
    func copySpace(_ request: APIRequest) throws -> APIResponse {
        let s = try spaceIndex(request, forWriting: true)
        let source = state.spaces[s]
        let id = SeededGenerator.identifier(for: "created-space:\(state.nextID(.space))")
        let at = clock
        var space = source.space
        space.id = id
        space.wikiName = id
        space.name = ""
        space.createdAt = at
        space.updatedAt = at
        try apply(Attributes(value: request.attributes(wrapper: "space")), to: &space, requireName: true)
        var copy = SpaceData(space: space)
        for tool in source.tools {
            var newTool = SandboxSeeder.makeTool(tool.toolId, in: copy, createdAt: at)
            newTool.teamPermissions = tool.teamPermissions
            newTool.watcherPermissions = tool.watcherPermissions
            newTool.publicPermissions = tool.publicPermissions
            copy.tools.append(newTool)
        }
        copy.statuses = SandboxSeeder.makeStatuses(for: copy, names: source.statuses.map { ($0.name, $0.state) },
                                                   createdAt: at, state: &state)
        let ticketsTool = copy.tool(type: 13)?.id ?? id
        copy.customFields = source.customFields.map { field in
            var field = field
            field.id = state.nextID(.customField)
            field.spaceToolId = ticketsTool
            return field
        }
        copy.tags = source.tags.map { TagRecord(id: state.nextID(.tag), spaceId: id, name: $0.name, state: $0.state, createdAt: at) }
        copy.milestones = source.milestones.map { milestone in
            var milestone = milestone
            milestone.id = state.nextID(.milestone)
            milestone.spaceId = id
            milestone.createdAt = at
            milestone.updatedAt = at
            return milestone
        }
        copy.roles.append(ownerRole(for: request.caller, in: id, at: at))
        state.spaces.append(copy)
        return .created(space.json, location: "/v1/spaces/\(id)")
    }

    func deleteSpace(_ request: APIRequest) throws -> APIResponse {
        let s = try spaceIndex(request, forWriting: true)
        let id = state.spaces[s].space.id
        state.spaces.remove(at: s)
        state.tasks.removeAll { $0.spaceId == id }
        state.events.removeAll { $0.spaceId == id }
        return .noContent
    }

    private func ownerRole(for user: UserRecord, in spaceID: String, at date: Date) -> UserRoleRecord {
        UserRoleRecord(id: state.nextID(.role), userId: user.id, spaceId: spaceID, role: "owner", status: 2,
                       invitedTime: date, agreedTime: date, title: "Owner", invitedById: user.id)
    }

    /// Applies space attributes; `name` is required on create, `wiki_name` must be unique and URL-safe.
    private func apply(_ attributes: Attributes, to space: inout SpaceRecord, requireName: Bool) throws {
        var validation = Validation()
        if requireName || attributes.has("name") {
            validation.requirePresent("name", attributes.string("name"))
        }
        if let wikiName = attributes.string("wiki_name") {
            let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_"))
            if wikiName.isEmpty || wikiName.unicodeScalars.contains(where: { !allowed.contains($0) }) {
                validation.add("wiki_name", "is invalid")
            } else if state.spaces.contains(where: { $0.space.wikiName == wikiName && $0.space.id != space.id }) {
                validation.add("wiki_name", "has already been taken")
            }
        }
        for key in ["public_permissions", "team_permissions", "watcher_permissions", "team_tab_role", "status"]
        where attributes.isNotNumber(key) {
            validation.add(key, "is not a number")
        }
        try validation.check()
        if let name = attributes.string("name") { space.name = name }
        if let wikiName = attributes.string("wiki_name") { space.wikiName = wikiName }
        if let description = attributes.string("description") { space.description = description }
        if let value = attributes.int("public_permissions") { space.publicPermissions = value }
        if let value = attributes.int("team_permissions") { space.teamPermissions = value }
        if let value = attributes.int("watcher_permissions") { space.watcherPermissions = value }
        if let value = attributes.int("team_tab_role") { space.teamTabRole = value }
        if let value = attributes.int("status") { space.status = value }
        if let value = attributes.bool("share_permissions") { space.sharePermissions = value }
        if let value = attributes.bool("restricted") { space.restricted = value }
        if let value = attributes.bool("can_join") { space.canJoin = value }
        if let value = attributes.bool("can_apply") { space.canApply = value }
        if let value = attributes.bool("approved") { space.approved = value }
        if let value = attributes.string("default_showpage") { space.defaultShowpage = value }
        if let value = attributes.string("style") { space.style = value }
        if let value = attributes.string("banner_text") { space.bannerText = value }
        if let tabs = attributes.strings("tabs_order"), case .array? = attributes.value["tabs_order"] {
            space.tabsOrder = "--- \n" + tabs.map { "- \($0)\n" }.joined()
        } else if let tabs = attributes.string("tabs_order") {
            space.tabsOrder = tabs
        }
    }
}
