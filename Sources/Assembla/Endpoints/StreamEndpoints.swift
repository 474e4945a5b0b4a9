import Foundation

/// `/v1/activity` requests (the activity stream).
enum StreamEndpoints {
    /// `GET /v1/activity?from=YYYY-MM-DD HH:MM&to=…&space_id=…`, paged.
    static func activity(from: Date?, to: Date?, spaceID: String?) -> PagedEndpoint<StreamEvent> {
        var query: [URLQueryItem] = []
        if let spaceID { query.append(URLQueryItem(name: "space_id", value: spaceID)) }
        if let from { query.append(URLQueryItem(name: "from", value: APIDate.minuteParameter(from))) }
        if let to { query.append(URLQueryItem(name: "to", value: APIDate.minuteParameter(to))) }
        return .paged("/v1/activity", kind: "activity", query: query)
    }
}
