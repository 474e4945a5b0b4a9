import Foundation

/// A calendar day with no time or zone, as the API sends date-only fields (`due_date`,
/// `completed_date`): `2030-01-31`.
///
/// Only real days exist: `CalendarDay(rawValue: "next tuesday")` and
/// `CalendarDay(year: 2030, month: 2, day: 30)` are nil, so a bad day is caught before any
/// request is sent.
///
/// ```swift
/// let due = CalendarDay(year: 2030, month: 1, day: 31)!
/// try await space.createMilestone(MilestoneFields(title: "Gamma", dueDate: due))
/// ```
public struct CalendarDay: RawRepresentable, Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year (e.g. 2030).
    public let year: Int
    /// The month, 1…12.
    public let month: Int
    /// The day of the month, 1…31.
    public let day: Int

    /// The day, when `year`-`month`-`day` is one (nil for February 30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), (1...Self.days(inMonth: month, of: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil for anything else ("next tuesday", "2030-02-30").
    public init?(rawValue: String) {
        let parts = rawValue.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The UTC day of `date`.
    public init(_ date: Date) {
        let c = APIDate.civil(date)
        year = c.year
        month = c.month
        day = c.day
    }

    /// `YYYY-MM-DD`.
    public var rawValue: String { APIDate.day(year: year, month: month, day: day) }

    /// `YYYY-MM-DD`.
    public var description: String { rawValue }

    /// Midnight UTC at the start of the day.
    public var date: Date {
        Date(timeIntervalSince1970: Double(APIDate.daysFromCivil(year: year, month: month, day: day)) * 86_400)
    }

    /// Earlier days sort first.
    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Decodes `YYYY-MM-DD` text.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = CalendarDay(rawValue: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not a YYYY-MM-DD day: \"\(text.prefix(40))\""))
        }
        self = day
    }

    /// Encodes `YYYY-MM-DD` text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
