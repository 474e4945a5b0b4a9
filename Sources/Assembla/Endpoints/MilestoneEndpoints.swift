/// `/v1/spaces/:space/milestones` requests.
enum MilestoneEndpoints {
    static func path(_ space: String) -> String { SpaceEndpoints.path(space) + "/milestones" }

    /// `GET …/milestones/all` — every milestone, completed ones included, paged.
    static func all(_ space: String) -> PagedEndpoint<Milestone> { .paged(path(space) + "/all", kind: "milestones") }
    /// `GET …/milestones/:id`.
    static func show(_ space: String, id: Int) -> Endpoint<Milestone> { Endpoint(.get, path(space) + "/\(id)") }
    /// `POST …/milestones` with `{"milestone":{…}}`.
    static func create(_ space: String, _ attributes: Attributes) -> Endpoint<Milestone> {
        Endpoint(.post, path(space), body: JSONBody.wrapped("milestone", attributes))
    }
    /// `PUT …/milestones/:id`.
    static func update(_ space: String, id: Int, _ attributes: Attributes) -> Endpoint<NoContent> {
        Endpoint(nothing: .put, path(space) + "/\(id)", body: JSONBody.wrapped("milestone", attributes))
    }
    /// `DELETE …/milestones/:id`.
    static func delete(_ space: String, id: Int) -> Endpoint<NoContent> { Endpoint(nothing: .delete, path(space) + "/\(id)") }
}
