/// `/v1/spaces/:space/tags` requests.
enum TagEndpoints {
    /// `GET …/tags` — all tags, paged.
    static func list(_ space: String) -> PagedEndpoint<Tag> { .paged(SpaceEndpoints.path(space) + "/tags", kind: "tags") }
}
