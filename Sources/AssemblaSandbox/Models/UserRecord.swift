/// A user as `GET /v1/user`, `/v1/users/:id` and `/v1/spaces/:space/users` serve it.
struct UserRecord: JSONRepresentable {
    let id: String
    let login: String
    let name: String
    let email: String
    let organization: String?

    var json: JSONValue {
        let noIM: JSONValue = .object([("type", .null), ("id", .null)])
        return .object([
            ("id", .string(id)),
            ("login", .string(login)),
            ("name", .string(name)),
            ("picture", .string("")),
            ("email", .string(email)),
            ("organization", .from(organization)),
            ("phone", .null),
            ("im", noIM),
            ("im2", noIM),
        ])
    }
}
