/// `/v1/user`, `/v1/users/:login` and `/v1/spaces/:space/users` requests.
enum UserEndpoints {
    /// `GET /v1/user` — the caller.
    static func me() -> Endpoint<User> { Endpoint(.get, "/v1/user") }
    /// `GET /v1/users/:id_or_login`.
    static func find(_ idOrLogin: String) -> Endpoint<User> { Endpoint(.get, "/v1/users/" + pathSegment(idOrLogin)) }
    /// `GET /v1/spaces/:space/users` — the space's members as users, paged (a server may
    /// page it though the docs do not say so; one that ignores `page` is caught by ``Pager``).
    static func members(_ space: String) -> PagedEndpoint<User> { .paged(SpaceEndpoints.path(space) + "/users", kind: "users") }
}
