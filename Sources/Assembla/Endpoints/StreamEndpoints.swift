import Foundation

/// `/v1/activity` requests (the activity stream).
enum StreamEndpoints {
    /// `GET /v1/activity?from=YYYY-MM-DD HH:MM&to=…&space_id=…`, paged.
    static func activity(_ window: TimeWindow, spaceID: String?) -> PagedEndpoint<StreamEvent> {
        var query: [URLQueryItem] = []
        if let spaceID { query.append(URLQueryItem(name: "space_id", value: spaceID)) }
        return .paged("/v1/activity", kind: "activity", query: query + window.query)
    }
}
