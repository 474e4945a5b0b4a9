import Assembla
import Foundation

/// Parses the date forms the language and the API use, in UTC unless an offset is given.
enum DateParsing {
    /// `2026-01-31`, `2026-01-31T10:00`, `2026-01-31T10:00:05`, with optional `Z`, `+03:00`
    /// or fractional seconds. Returns nil for anything else or an impossible date.
    static func parse(_ text: String) -> Date? {
        let chars = Array(text)
        func int(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= chars.count else { return nil }
            return Int(String(chars[range]))
        }
        guard let year = int(0..<4), year >= 1, chars.count >= 10, chars[4] == "-", let month = int(5..<7), chars[7] == "-",
              let day = int(8..<10) else { return nil }
        var hour = 0, minute = 0, second = 0
        var offsetSeconds = 0
        var rest = chars.count > 10 ? Array(chars[10...]) : []
        if let first = rest.first, first == "T" || first == "t" || first == " " {
            guard rest.count >= 6, rest[3] == ":", let h = Int(String(rest[1..<3])), let m = Int(String(rest[4..<6])) else { return nil }
            hour = h
            minute = m
            rest = Array(rest[6...])
            if rest.first == ":" {
                guard rest.count >= 3, let s = Int(String(rest[1..<3])) else { return nil }
                second = s
                rest = Array(rest[3...])
                if rest.first == "." { rest = Array(rest.drop { $0 == "." || $0.isASCIIDigitCharacter }) }
            }
            if rest.first == "Z" || rest.first == "z" {
                rest.removeFirst()
            } else if let sign = rest.first, sign == "+" || sign == "-" {
                let digits = rest.dropFirst().filter { $0 != ":" }
                guard digits.count == 4, let hh = Int(String(digits.prefix(2))), let mm = Int(String(digits.suffix(2))) else { return nil }
                offsetSeconds = (sign == "+" ? 1 : -1) * (hh * 3600 + mm * 60)
                rest = []
            }
        }
        guard rest.isEmpty else { return nil }
        // The library's calendar rule (proleptic Gregorian, as ISO-8601): one date rule for
        // reading and printing, so `1013-11-28` reads and prints back as itself.
        guard let date = APIDate.date(year: year, month: month, day: day, hour: hour, minute: minute, second: second) else {
            return nil
        }
        return date.addingTimeInterval(TimeInterval(-offsetSeconds))
    }
}
