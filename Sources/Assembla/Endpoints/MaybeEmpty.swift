/// A record that the API may answer as an empty object `{}` (adding a Wiki tool answered
/// `201 {}` in the recordings): `value` is nil then.
public struct MaybeEmpty<Record: Decodable & Sendable>: Decodable, Sendable {
    /// The record, or nil when the body was `{}`.
    public let value: Record?

    /// Decodes `{}` as nil, anything else as `Record`.
    public init(from decoder: any Decoder) throws {
        if let object = try? decoder.container(keyedBy: AnyCodingKey.self), object.allKeys.isEmpty {
            value = nil
        } else {
            value = try Record(from: decoder)
        }
    }
}
