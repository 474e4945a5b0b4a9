import Foundation

extension SandboxStore {
    /// The space named by the `space` path parameter (id or wiki_name) that the caller belongs to.
    /// - Throws: 404 when it does not exist or the caller has no role in it; 403 when
    ///   `forWriting` and the caller is only a watcher.
    func spaceIndex(_ request: APIRequest, forWriting: Bool = false) throws -> Int {
        guard let index = state.spaceIndex(request.parameter("space")),
              let role = state.spaces[index].role(of: request.caller.id) else { throw APIFailure.notFound }
        if forWriting && role.role == "watcher" {
            throw APIFailure.forbidden("\(request.caller.login) is a watcher of \(state.spaces[index].space.name) and cannot change it.")
        }
        return index
    }

    /// The space, also requiring the tool `toolID` (e.g. 13 Tickets) to be installed: 404 otherwise.
    func spaceIndex(_ request: APIRequest, tool toolID: Int, forWriting: Bool = false) throws -> Int {
        let index = try spaceIndex(request, forWriting: forWriting)
        guard state.spaces[index].tool(type: toolID) != nil else { throw APIFailure.notFound }
        return index
    }

    /// The ticket named by the `number` path parameter in space `s`.
    func ticketIndex(_ request: APIRequest, in s: Int) throws -> Int {
        guard let number = Int(request.parameter("number")),
              let index = state.spaces[s].ticketIndex(number: number) else { throw APIFailure.notFound }
        return index
    }

    /// The position, in one of space `s`'s collections, of the record whose integer id is the
    /// path parameter `name`; 404 when there is none.
    func index<Record>(in s: Int, _ collection: KeyPath<SpaceData, [Record]>, id: KeyPath<Record, Int>,
                       _ request: APIRequest, parameter name: String = "id") throws -> Int {
        let wanted = try intParameter(request, name)
        guard let index = state.spaces[s][keyPath: collection].firstIndex(where: { $0[keyPath: id] == wanted }) else {
            throw APIFailure.notFound
        }
        return index
    }

    /// Answers with the record of a space collection named by the `id` path parameter
    /// (the space must have the tool `toolID`).
    func show<Record: JSONRepresentable>(_ request: APIRequest, tool toolID: Int, _ collection: KeyPath<SpaceData, [Record]>,
                                         id: KeyPath<Record, Int>) throws -> APIResponse {
        let s = try spaceIndex(request, tool: toolID)
        return .json(state.spaces[s][keyPath: collection][try index(in: s, collection, id: id, request)].json)
    }

    /// Lists a whole space collection (paged only when asked), 204 when empty.
    func listAll<Record: JSONRepresentable>(_ request: APIRequest, tool toolID: Int,
                                            _ collection: KeyPath<SpaceData, [Record]>) throws -> APIResponse {
        let s = try spaceIndex(request, tool: toolID)
        return paged(state.spaces[s][keyPath: collection], request, defaultPerPage: nil) { $0.json }
    }

    /// The integer path parameter `name`, or 404.
    func intParameter(_ request: APIRequest, _ name: String) throws -> Int {
        guard let value = Int(request.parameter(name)) else { throw APIFailure.notFound }
        return value
    }

    /// One page of a list: `page` from 1, `per_page` capped at the configured maximum
    /// (``SandboxConfiguration/maxPerPage``, 100 by default), `defaultPerPage` (also capped)
    /// when not given, `nil` = everything when neither `page` nor `per_page` is given.
    /// An empty page answers 204 with an empty `text/plain` body. Only the items on the page
    /// are turned into JSON.
    func paged<Item>(_ items: [Item], _ request: APIRequest, defaultPerPage: Int?,
                     _ json: (Item) -> JSONValue) -> APIResponse {
        let page = max(request.intQuery("page") ?? 1, 1)
        let requested = request.intQuery("per_page").map { min(max($0, 1), maxPerPage) }
        let perPage = requested ?? defaultPerPage.map { min($0, maxPerPage) } ?? max(items.count, 1)
        let start = (page - 1).multipliedReportingOverflow(by: perPage)
        guard !start.overflow, start.partialValue < items.count else { return .noContent }
        let end = min(start.partialValue + perPage, items.count)
        return .json(.array(items[start.partialValue..<end].map(json)))
    }

    /// The whole list, or 204 when it is empty.
    func list(_ items: [JSONValue]) -> APIResponse {
        items.isEmpty ? .noContent : .json(.array(items))
    }
}
