/// `/v1/spaces/:space/tags` requests.
enum TagEndpoints {
    /// `GET …/tags` — all tags, paged.
    static func list(_ space: String) -> PagedEndpoint<Tag> { .paged(SpaceEndpoints.path(space) + "/tags", kind: "tags") }
}

extension TagEndpoints {
    /// `GET …/tags/:id/tickets` — the tickets carrying a tag, paged.
    static func tickets(_ space: String, tag: Int) -> PagedEndpoint<Ticket> {
        .paged(SpaceEndpoints.path(space) + "/tags/\(tag)/tickets", kind: "tag-tickets")
    }
}
