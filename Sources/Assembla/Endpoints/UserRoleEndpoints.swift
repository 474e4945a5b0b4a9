/// `/v1/spaces/:space/user_roles` requests.
enum UserRoleEndpoints {
    static func path(_ space: String) -> String { SpaceEndpoints.path(space) + "/user_roles" }

    /// `GET …/user_roles`.
    static func list(_ space: String) -> Endpoint<[UserRole]> { .list(path(space)) }
    /// `POST …/user_roles` with `{"user_role":{user_id, role}}`.
    static func create(_ space: String, _ attributes: Attributes) -> Endpoint<UserRole> {
        Endpoint(.post, path(space), body: JSONBody.wrapped("user_role", attributes))
    }
    /// `PUT …/user_roles/:id`.
    static func update(_ space: String, id: Int, _ attributes: Attributes) -> Endpoint<NoContent> {
        Endpoint(nothing: .put, path(space) + "/\(id)", body: JSONBody.wrapped("user_role", attributes))
    }
    /// `DELETE …/user_roles/:id`.
    static func delete(_ space: String, id: Int) -> Endpoint<NoContent> { Endpoint(nothing: .delete, path(space) + "/\(id)") }
}
