/// `/v1/spaces/:space/space_tools` requests.
enum SpaceToolEndpoints {
    static func path(_ space: String) -> String { SpaceEndpoints.path(space) + "/space_tools" }

    /// `GET …/space_tools`.
    static func list(_ space: String) -> Endpoint<[SpaceTool]> { .list(path(space)) }
    /// `GET …/space_tools/repo` — repository tools.
    static func repositories(_ space: String) -> Endpoint<[SpaceTool]> { .list(path(space) + "/repo") }
    /// `POST …/space_tools/:type/add` (the answer may be `{}`).
    static func add(_ space: String, type: Int) -> Endpoint<MaybeEmpty<SpaceTool>> {
        Endpoint(.post, path(space) + "/\(type)/add", emptyBody: .nothing)
    }
    /// `PUT …/space_tools/:tool` with `{"space_tool":{…permissions}}`.
    static func update(_ space: String, tool: String, _ attributes: Attributes) -> Endpoint<NoContent> {
        Endpoint(nothing: .put, path(space) + "/" + pathSegment(tool), body: JSONBody.wrapped("space_tool", attributes))
    }
    /// `DELETE …/space_tools/:tool`.
    static func remove(_ space: String, tool: String) -> Endpoint<NoContent> {
        Endpoint(nothing: .delete, path(space) + "/" + pathSegment(tool))
    }
}
