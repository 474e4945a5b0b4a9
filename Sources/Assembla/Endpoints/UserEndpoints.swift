/// `/v1/user`, `/v1/users/:login` and `/v1/spaces/:space/users` requests.
enum UserEndpoints {
    /// `GET /v1/user` — the caller.
    static func me() -> Endpoint<User> { Endpoint(.get, "/v1/user") }
    /// `GET /v1/users/:id_or_login`.
    static func find(_ idOrLogin: String) -> Endpoint<User> { Endpoint(.get, "/v1/users/" + pathSegment(idOrLogin)) }
    /// `GET /v1/spaces/:space/users` — the space's members as users.
    static func members(_ space: String) -> Endpoint<[User]> { .list(SpaceEndpoints.path(space) + "/users") }
}
