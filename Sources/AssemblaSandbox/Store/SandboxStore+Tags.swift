import Foundation

extension SandboxStore {
    /// Tags (reads): all, by state (active 2, proposed 1, hidden 4), one, and a tag's tickets.
    static var tagReadRoutes: [Route] {
        [
            Route("GET", "v1/spaces/:space/tags") { try $0.listTags($1) { _ in true } },
            Route("GET", "v1/spaces/:space/tags/active") { try $0.listTags($1) { $0.state == 2 } },
            Route("GET", "v1/spaces/:space/tags/proposed") { try $0.listTags($1) { $0.state == 1 } },
            Route("GET", "v1/spaces/:space/tags/hidden") { try $0.listTags($1) { $0.state == 4 } },
            Route("GET", "v1/spaces/:space/tags/:id") { store, request in
                let s = try store.spaceIndex(request, tool: 13)
                return .json(store.state.spaces[s].tags[try store.tagIndex(request, in: s)].json)
            },
            Route("GET", "v1/spaces/:space/tags/:id/tickets") { store, request in
                let s = try store.spaceIndex(request, tool: 13)
                let tag = store.state.spaces[s].tags[try store.tagIndex(request, in: s)]
                return try store.listTickets(request) { $0.tags.contains(tag.name) }
            },
        ]
    }

    func listTags(_ request: APIRequest, where include: (TagRecord) -> Bool) throws -> APIResponse {
        let s = try spaceIndex(request, tool: 13)
        return paged(state.spaces[s].tags.filter(include), request, defaultPerPage: 25) { $0.json }
    }

    /// The tag named by the `id` path parameter (its id, or its name) in space `s`.
    func tagIndex(_ request: APIRequest, in s: Int) throws -> Int {
        let key = request.parameter("id")
        guard let index = state.spaces[s].tags.firstIndex(where: { String($0.id) == key || $0.name == key }) else {
            throw APIFailure.notFound
        }
        return index
    }
}
