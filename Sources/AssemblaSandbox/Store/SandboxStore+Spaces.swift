import Foundation

extension SandboxStore {
    /// Spaces, tools, members and users (reads).
    static var spaceReadRoutes: [Route] {
        [
            Route("GET", "v1/spaces") { try $0.listSpaces($1) },
            Route("GET", "v1/spaces/:space") { try $0.showSpace($1) },
            Route("GET", "v1/spaces/:space/space_tools") { try $0.listTools($1, repositoriesOnly: false) },
            Route("GET", "v1/spaces/:space/space_tools/repo") { try $0.listTools($1, repositoriesOnly: true) },
            Route("GET", "v1/spaces/:space/space_tools/:tool") { try $0.showTool($1) },
            Route("GET", "v1/spaces/:space/users") { try $0.listMembers($1) },
            Route("GET", "v1/spaces/:space/user_roles") { try $0.listRoles($1) },
            Route("GET", "v1/spaces/:space/user_roles/:id") { store, request in
                let s = try store.spaceIndex(request)
                return .json(store.state.spaces[s].roles[try store.index(in: s, \.roles, id: \.id, request)].json)
            },
            Route("GET", "v1/user") { store, request in .json(request.caller.json) },
            Route("GET", "v1/users/:user") { try $0.showUser($1) },
        ]
    }

    func listSpaces(_ request: APIRequest) throws -> APIResponse {
        let mine = state.spaces.filter { $0.role(of: request.caller.id) != nil }
        return paged(mine, request, defaultPerPage: nil) { $0.space.json }
    }

    func showSpace(_ request: APIRequest) throws -> APIResponse {
        .json(state.spaces[try spaceIndex(request)].space.json)
    }

    func listTools(_ request: APIRequest, repositoriesOnly: Bool) throws -> APIResponse {
        let tools = state.spaces[try spaceIndex(request)].tools.filter { !repositoriesOnly || $0.kind.isRepository }
        return paged(tools, request, defaultPerPage: nil) { $0.json }
    }

    /// The tool named by the `tool` path parameter: id, name (`git`) or menu name (case-insensitive).
    func toolIndex(_ request: APIRequest, in s: Int) throws -> Int {
        let key = request.parameter("tool")
        let tools = state.spaces[s].tools
        guard let index = tools.firstIndex(where: { $0.id == key || $0.name == key })
            ?? tools.firstIndex(where: { $0.kind.menuName.lowercased() == key.lowercased() || $0.kind.pathName == key })
        else { throw APIFailure.notFound }
        return index
    }

    func showTool(_ request: APIRequest) throws -> APIResponse {
        let s = try spaceIndex(request)
        return .json(state.spaces[s].tools[try toolIndex(request, in: s)].json)
    }

    func listMembers(_ request: APIRequest) throws -> APIResponse {
        let roles = state.spaces[try spaceIndex(request)].roles
        let users = roles.compactMap { role in state.users.first { $0.id == role.userId } }
        return paged(users, request, defaultPerPage: nil) { $0.json }
    }

    func listRoles(_ request: APIRequest) throws -> APIResponse {
        paged(state.spaces[try spaceIndex(request)].roles, request, defaultPerPage: nil) { $0.json }
    }

    func showUser(_ request: APIRequest) throws -> APIResponse {
        guard let user = state.user(request.parameter("user")) else { throw APIFailure.notFound }
        return .json(user.json)
    }
}
