/// `/v1/spaces` requests.
enum SpaceEndpoints {
    static func path(_ space: String) -> String { "/v1/spaces/\(pathSegment(space))" }

    /// `GET /v1/spaces` — every space (not paged by the API).
    static func list() -> Endpoint<[Space]> { .list("/v1/spaces") }
    /// `GET /v1/spaces/:space` (id or wiki_name).
    static func show(_ space: String) -> Endpoint<Space> { Endpoint(.get, path(space)) }
    /// `POST /v1/spaces` with `{"space":{…}}`.
    static func create(_ attributes: Attributes) -> Endpoint<Space> {
        Endpoint(.post, "/v1/spaces", body: JSONBody.wrapped("space", attributes))
    }
    /// `PUT /v1/spaces/:space` with only the changed attributes.
    static func update(_ space: String, _ attributes: Attributes) -> Endpoint<NoContent> {
        Endpoint(nothing: .put, path(space), body: JSONBody.wrapped("space", attributes))
    }
    /// `POST /v1/spaces/:space/copy` with `{"space":{"name":…}}`.
    static func copy(_ space: String, _ attributes: Attributes) -> Endpoint<Space> {
        Endpoint(.post, path(space) + "/copy", body: JSONBody.wrapped("space", attributes))
    }
    /// `DELETE /v1/spaces/:space`.
    static func delete(_ space: String) -> Endpoint<NoContent> { Endpoint(nothing: .delete, path(space)) }
}
