/// The catalogue of Assembla tool types (`tool_id`), as `/space_tools/:tool_type/add` takes them.
struct ToolKind: Sendable {
    let toolId: Int
    let typeName: String
    let menuName: String
    let pathName: String
    let isRepository: Bool

    /// Every known tool type.
    static let catalogue: [ToolKind] = [
        ToolKind(toolId: 9, typeName: "MilestonesTool", menuName: "Milestones", pathName: "milestones", isRepository: false),
        ToolKind(toolId: 10, typeName: "ScrumTool", menuName: "Stand-up", pathName: "scrum", isRepository: false),
        ToolKind(toolId: 12, typeName: "SubversionTool", menuName: "SVN", pathName: "svn", isRepository: true),
        ToolKind(toolId: 13, typeName: "AssemblaTicketsTool", menuName: "Tickets", pathName: "tickets", isRepository: false),
        ToolKind(toolId: 14, typeName: "TimeTool", menuName: "Time", pathName: "time", isRepository: false),
        ToolKind(toolId: 17, typeName: "MercurialTool", menuName: "Mercurial", pathName: "hg", isRepository: true),
        ToolKind(toolId: 18, typeName: "FilesTool", menuName: "Files", pathName: "files", isRepository: false),
        ToolKind(toolId: 20, typeName: "TracSubversionTool", menuName: "External SVN", pathName: "svn-external", isRepository: true),
        ToolKind(toolId: 21, typeName: "FlowsTool", menuName: "Messages", pathName: "messages", isRepository: false),
        ToolKind(toolId: 22, typeName: "GithubTool", menuName: "GitHub", pathName: "github", isRepository: true),
        ToolKind(toolId: 23, typeName: "WikiTool", menuName: "Wiki", pathName: "wiki", isRepository: false),
        ToolKind(toolId: 24, typeName: "PerforceTool", menuName: "Perforce", pathName: "p4", isRepository: true),
        ToolKind(toolId: 112, typeName: "WebhookTool", menuName: "Webhooks", pathName: "webhooks", isRepository: false),
        ToolKind(toolId: 128, typeName: "GitTool", menuName: "Git", pathName: "git", isRepository: true),
        ToolKind(toolId: 200, typeName: "SshTool", menuName: "SSH", pathName: "ssh", isRepository: false),
    ]

    /// The entry for a tool type; unknown types get a generic entry.
    static func of(_ toolId: Int) -> ToolKind {
        catalogue.first { $0.toolId == toolId }
            ?? ToolKind(toolId: toolId, typeName: "Tool", menuName: "Tool \(toolId)", pathName: "tool-\(toolId)", isRepository: false)
    }

    /// Whether `toolId` names a known tool type.
    static func isKnown(_ toolId: Int) -> Bool { catalogue.contains { $0.toolId == toolId } }
}
