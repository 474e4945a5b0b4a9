import Foundation
@testable import Assembla

/// The recorded real exchanges in `Tests/Recordings/` and the model each path returns.
enum Recordings {
    /// One recorded request/response.
    struct Interaction {
        var file: String
        var index: Int
        var method: String
        var path: String
        var status: Int
        var body: Data?
        var bodyIsList: Bool
    }

    static var root: URL {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { break }
        }
        return url.appendingPathComponent("Tests/Recordings")
    }

    /// Every interaction of every recording file, in file order.
    static func all() throws -> [Interaction] { try loaded.get() }

    private static let loaded = Result { try load() }

    private static func load() throws -> [Interaction] {
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".json") }.sorted() ?? []
        var result: [Interaction] = []
        for file in files {
            let data = try Data(contentsOf: root.appendingPathComponent(file))
            guard let list = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] else { continue }
            for (index, item) in list.enumerated() {
                let body = item["response_body"].flatMap { $0 is NSNull ? nil : $0 }
                let bodyData = try body.map { value -> Data in
                    if JSONSerialization.isValidJSONObject(value) { return try JSONSerialization.data(withJSONObject: value) }
                    return Data("\(value)".utf8)
                }
                result.append(Interaction(file: file, index: index, method: item["method"] as? String ?? "",
                                          path: item["path"] as? String ?? "", status: item["status"] as? Int ?? 0,
                                          body: bodyData, bodyIsList: body is [Any]))
            }
        }
        return result
    }

    /// The model a path returns, by path template (nil for resources the library does not model).
    static func model(forPath path: String) -> ModelKind? {
        let s = #"[^/]+"#
        let table: [(String, ModelKind)] = [
            (#"^/v1/spaces/\#(s)/tickets/statuses(/\d+)?$"#, .status),
            (#"^/v1/spaces/\#(s)/tickets/custom_fields(/\d+)?$"#, .customField),
            (#"^/v1/spaces/\#(s)/tickets/\d+/ticket_comments(/\d+)?$"#, .comment),
            (#"^/v1/spaces/\#(s)/tickets/\d+/tags$"#, .tag),
            (#"^/v1/spaces/\#(s)/tickets(/my_active|/my_followed|/no_milestone|/milestone/\d+|/id/\d+|/\d+)?$"#, .ticket),
            (#"^/v1/spaces/\#(s)/tags/\d+/tickets$"#, .ticket),
            (#"^/v1/spaces/\#(s)/tags(/active|/proposed|/hidden|/\d+)?$"#, .tag),
            (#"^/v1/spaces/\#(s)/milestones(/all|/upcoming|/completed|/release_notes|/\d+)?$"#, .milestone),
            (#"^/v1/spaces/\#(s)/space_tools/\d+/add$"#, .addedTool),
            (#"^/v1/spaces/\#(s)/space_tools(/repo|/\#(s))?$"#, .tool),
            (#"^/v1/spaces/\#(s)/user_roles(/\d+)?$"#, .role),
            (#"^/v1/spaces/\#(s)/users$"#, .user),
            (#"^/v1/spaces(/\#(s)(/copy)?)?$"#, .space),
            (#"^/v1/user$"#, .user),
            (#"^/v1/users(/\#(s))?$"#, .user),
            (#"^/v1/tasks(/\d+)?$"#, .task),
        ]
        return table.first { path.range(of: $0.0, options: .regularExpression) != nil }?.1
    }

    /// A modelled resource.
    enum ModelKind: String {
        case space, tool, addedTool, milestone, ticket, comment, tag, status, customField, user, role, task

        /// The model type of this resource (nil for `addedTool`, which may be `{}`).
        var model: (any RecordedModel.Type)? {
            switch self {
            case .space: Space.self
            case .tool: SpaceTool.self
            case .addedTool: nil
            case .milestone: Milestone.self
            case .ticket: Ticket.self
            case .comment: TicketComment.self
            case .tag: Tag.self
            case .status: TicketStatus.self
            case .customField: CustomField.self
            case .user: User.self
            case .role: UserRole.self
            case .task: TimeEntry.self
            }
        }

        /// Decodes `data` as one or a list of this model; returns how many records decoded.
        func decode(_ data: Data, list: Bool) throws -> Int {
            guard let model else {
                return try JSONResponseDecoder().decode(MaybeEmpty<SpaceTool>.self, from: data).value.map { _ in 1 } ?? 1
            }
            return try Self.run(model, data, list)
        }

        /// Decodes the body, encodes it with a default `JSONEncoder`, decodes that with a default
        /// `JSONDecoder`; true when the values are equal.
        func roundTrips(_ data: Data, list: Bool) throws -> Bool {
            guard let model else { return true }
            return try Self.trip(model, data, list)
        }

        private static func trip<T: RecordedModel>(_ type: T.Type, _ data: Data, _ list: Bool) throws -> Bool {
            let values = list ? try JSONDecoder().decode([T].self, from: data) : [try JSONDecoder().decode(T.self, from: data)]
            return try JSONDecoder().decode([T].self, from: JSONEncoder().encode(values)) == values
        }

        private static func run<T: RecordedModel>(_ type: T.Type, _ data: Data, _ list: Bool) throws -> Int {
            let decoder = JSONResponseDecoder()
            if list { return try decoder.decode([T].self, from: data).count }
            let record = try decoder.decode(T.self, from: data)
            return record.apiFields.isEmpty ? 0 : 1
        }
    }
}

/// A model the recordings hold: decodes, encodes, compares and lists its fields.
protocol RecordedModel: Codable, Equatable, APIFieldsProviding, Sendable {}
extension Space: RecordedModel {}
extension SpaceTool: RecordedModel {}
extension Milestone: RecordedModel {}
extension Ticket: RecordedModel {}
extension TicketComment: RecordedModel {}
extension Tag: RecordedModel {}
extension TicketStatus: RecordedModel {}
extension CustomField: RecordedModel {}
extension User: RecordedModel {}
extension UserRole: RecordedModel {}
extension TimeEntry: RecordedModel {}
