import Foundation

extension SandboxStore {
    /// Time entries and the activity stream (reads).
    static var activityReadRoutes: [Route] {
        [
            Route("GET", "v1/tasks") { try $0.listTasks($1) },
            Route("GET", "v1/tasks/:id") { store, request in
                .json(store.state.tasks[try store.taskIndex(request)].json)
            },
            Route("GET", "v1/activity") { try $0.listActivity($1) },
        ]
    }

    /// The caller's spaces' ids.
    func visibleSpaceIDs(_ caller: UserRecord) -> Set<String> {
        Set(state.spaces.filter { $0.role(of: caller.id) != nil }.map(\.space.id))
    }

    /// `from` / `to` query parameters as dates; 422 when one does not parse.
    func window(_ request: APIRequest) throws -> (from: Date?, to: Date?) {
        func date(_ name: String) throws -> Date? {
            guard let text = request.query(name), !text.isEmpty else { return nil }
            guard let date = SandboxDates.parse(text) else {
                throw APIFailure.invalid(name, "is not a date (use YYYY-MM-DD HH:MM)")
            }
            return date
        }
        let from = try date("from"), to = try date("to")
        if let from, let to, from > to {
            throw APIFailure.invalid("base", "Start date can't be greater than end date")
        }
        return (from, to)
    }

    /// Tasks of the caller's spaces with `begin_at` in the `from`…`to` window, newest first,
    /// 25 per page; `spaces[]` and `users[]` narrow them further.
    func listTasks(_ request: APIRequest) throws -> APIResponse {
        let (from, to) = try window(request)
        let visible = visibleSpaceIDs(request.caller)
        let spaces = Set(request.queryValues("spaces").compactMap { state.spaceIndex($0).map { state.spaces[$0].space.id } })
        let users = Set(request.queryValues("users").compactMap { state.user($0)?.id })
        let tasks = state.tasks
            .filter { visible.contains($0.spaceId) && (spaces.isEmpty || spaces.contains($0.spaceId)) }
            .filter { users.isEmpty || users.contains($0.userId) }
            .filter { task in from.map { task.beginAt >= $0 } ?? true && to.map { task.beginAt <= $0 } ?? true }
            .sorted { ($0.beginAt, $0.id) > ($1.beginAt, $1.id) }
        return paged(tasks, request, defaultPerPage: 25) { $0.json }
    }

    /// The task named by the `id` path parameter, in one of the caller's spaces.
    func taskIndex(_ request: APIRequest) throws -> Int {
        let id = try intParameter(request, "id")
        let visible = visibleSpaceIDs(request.caller)
        guard let index = state.tasks.firstIndex(where: { $0.id == id && visible.contains($0.spaceId) }) else {
            throw APIFailure.notFound
        }
        return index
    }

    /// Events of the caller's spaces (or of `space_id`), newest first, in the `from`…`to` window, 50 per page.
    func listActivity(_ request: APIRequest) throws -> APIResponse {
        let (from, to) = try window(request)
        var visible = visibleSpaceIDs(request.caller)
        if let key = request.query("space_id"), !key.isEmpty {
            guard let s = state.spaceIndex(key), visible.contains(state.spaces[s].space.id) else { throw APIFailure.notFound }
            visible = [state.spaces[s].space.id]
        }
        let events = state.events.filter { event in
            visible.contains(event.spaceId) && from.map { event.date >= $0 } ?? true && to.map { event.date <= $0 } ?? true
        }
        return paged(events, request, defaultPerPage: 50) { $0.json }
    }
}
