import Foundation

/// Assembla's tool types (the `tool_id` of a ``SpaceTool`` and the `:type` of
/// `POST …/space_tools/:type/add`), resolved from an id or a name such as "Tickets".
public struct ToolType: Sendable, Hashable, CustomStringConvertible {
    /// The numeric type.
    public var id: Int
    /// The usual name.
    public var name: String

    /// Known types: 9 Milestones, 10 Standup, 12 Subversion, 13 Tickets, 14 Time, 17 Mercurial,
    /// 18 Files, 20 External Subversion, 21 Messages, 22 GitHub, 23 Wiki, 24 Perforce,
    /// 112 Webhooks, 128 Git, 200 SSH.
    public static let known: [ToolType] = [
        (9, "Milestones"), (10, "Standup"), (12, "Subversion"), (13, "Tickets"), (14, "Time"), (17, "Mercurial"),
        (18, "Files"), (20, "External Subversion"), (21, "Messages"), (22, "GitHub"), (23, "Wiki"), (24, "Perforce"),
        (112, "Webhooks"), (128, "Git"), (200, "SSH"),
    ].map { ToolType(id: $0.0, name: $0.1) }

    /// The type with this id (named "tool <id>" when unknown).
    public init(id: Int) {
        self.id = id
        name = Self.known.first { $0.id == id }?.name ?? "tool \(id)"
    }

    private init(id: Int, name: String) {
        self.id = id
        self.name = name
    }

    /// The type named `text` (ignoring case, singular or plural) or with that number.
    public static func resolve(_ text: String) throws -> ToolType {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let id = Int(trimmed) { return ToolType(id: id) }
        let matcher = NameMatcher<ToolType>(kind: "tool type", keys: { [$0.name, String($0.id)] }, name: \.name)
        let wanted = trimmed.lowercased()
        if let singularMatch = known.first(where: { $0.name.lowercased() == wanted || $0.name.lowercased() == wanted + "s" }) {
            return singularMatch
        }
        return try matcher.find(trimmed, in: known)
    }

    /// `Tickets (13)`.
    public var description: String { "\(name) (\(id))" }

    /// Whether `tool` is of this type.
    func matches(_ tool: SpaceTool) -> Bool { tool.toolID == id }
}
