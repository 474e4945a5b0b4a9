/// What happened in an activity-stream event: `created`, `updated`, `commented`, `deleted`, …
///
/// Any other word is kept as it is (see ``APIWord``).
public struct StreamOperation: APIWord, LenientDecodable {
    /// The API's text.
    public let rawValue: String

    /// Wraps the API's text.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// `created`.
    public static let created = StreamOperation(rawValue: "created")
    /// `updated`.
    public static let updated = StreamOperation(rawValue: "updated")
    /// `commented`.
    public static let commented = StreamOperation(rawValue: "commented")
    /// `deleted`.
    public static let deleted = StreamOperation(rawValue: "deleted")
}
