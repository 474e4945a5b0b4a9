import Foundation

/// `/v1/tasks` requests (time entries).
enum TaskEndpoints {
    /// `GET /v1/tasks?from=…&to=…&spaces[]=…&users[]=…`, paged.
    static func list(_ window: TimeWindow, spaceIDs: [String] = [], userIDs: [String] = []) -> PagedEndpoint<TimeEntry> {
        let narrowed = spaceIDs.map { URLQueryItem(name: "spaces[]", value: $0) } + userIDs.map { URLQueryItem(name: "users[]", value: $0) }
        return .paged("/v1/tasks", kind: "tasks", query: window.query + narrowed)
    }
    /// `POST /v1/tasks` with `{"user_task":{…}}`.
    static func create(_ attributes: Attributes) -> Endpoint<TimeEntry> {
        Endpoint(.post, "/v1/tasks", body: JSONBody.wrapped("user_task", attributes))
    }
    /// `PUT /v1/tasks/:id` with `{"user_task":{…}}`.
    static func update(id: Int, _ attributes: Attributes) -> Endpoint<NoContent> {
        Endpoint(nothing: .put, "/v1/tasks/\(id)", body: JSONBody.wrapped("user_task", attributes))
    }
    /// `DELETE /v1/tasks/:id`.
    static func delete(id: Int) -> Endpoint<NoContent> { Endpoint(nothing: .delete, "/v1/tasks/\(id)") }
}
