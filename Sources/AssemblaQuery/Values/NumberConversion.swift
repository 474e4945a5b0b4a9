import Assembla
import Foundation

/// The one checked conversion from the language's numbers to integers, dates and time
/// offsets. Every place that turns a `Value` (or a relative time) into an `Int` or a `Date`
/// goes through here, so `first 1e30`, `ticket NaN` or `since=-99999999999d` are usage
/// errors with a caret (exit 2) instead of a trap or a year -273788674 sent to the server.
enum NumberConversion {
    /// Ticket numbers (and ids) the API takes: 32-bit, positive.
    static let ticketNumbers = 1...Int(Int32.max)

    /// The widest offset that can still land on a date the API carries (0001–9999).
    static let maximumOffset: TimeInterval = APIDate.representable.upperBound.timeIntervalSince(APIDate.representable.lowerBound)

    /// The whole number `value` stands for, within `bounds`.
    /// - Parameters:
    ///   - value: an int, a double or text that reads as a number (`12`, `#12` when `allowHash`).
    ///   - what: what needs the number, as the message starts ("`first`", "`ticket`", "team_permissions").
    ///   - range: where the caret goes.
    /// - Throws: a usage `Diagnostic` when the value is not a number, not whole, not finite or
    ///   outside `bounds`.
    static func integer(_ value: Value, in bounds: ClosedRange<Int>, what: String, at range: SourceRange,
                        allowHash: Bool = false, usage: String? = nil) throws(Diagnostic) -> Int {
        var number: Double?
        switch value {
        case .int(let integer):
            guard bounds.contains(integer) else { throw outOfRange(what, value.plainText, bounds, at: range, usage: usage) }
            return integer
        case .double(let double): number = double
        case .string(let text):
            let body = allowHash && text.hasPrefix("#") ? String(text.dropFirst()) : text
            if let integer = Int(body) {
                guard bounds.contains(integer) else { throw outOfRange(what, text, bounds, at: range, usage: usage) }
                return integer
            }
            number = Double(body)
        default: number = nil
        }
        guard let number else {
            throw Diagnostic.notANumber(what, found: value.plainText, at: range, usage: usage, whole: true)
        }
        guard number.isFinite, number == number.rounded(), let integer = Int(exactly: number), bounds.contains(integer) else {
            throw outOfRange(what, value.plainText, bounds, at: range, usage: usage)
        }
        return integer
    }

    /// A finite number from `value` within `bounds` (hours, amounts).
    static func finite(_ value: Value, in bounds: ClosedRange<Double>, what: String, at range: SourceRange,
                       usage: String? = nil) throws(Diagnostic) -> Double {
        guard let number = value.number else { throw Diagnostic.notANumber(what, found: value.plainText, at: range, usage: usage) }
        guard number.isFinite, bounds.contains(number) else {
            throw Diagnostic.numberOutOfRange(what, found: value.plainText,
                                             bounds: "\(ValueFormatting.number(bounds.lowerBound)) to \(ValueFormatting.number(bounds.upperBound))",
                                             at: range, usage: usage)
        }
        return number
    }

    /// Seconds of a relative time such as `-7d` or `+2w` (`m`, `h`, `d`, `w`); an amount that
    /// cannot land on a date in years 0001–9999 from any moment is an error.
    static func offset(amount: Int, unit: Character, text: String, at range: SourceRange) throws(Diagnostic) -> TimeInterval {
        let seconds = Double(amount) * TimeExpression.seconds(per: unit)
        guard abs(seconds) <= maximumOffset else { throw Diagnostic.dateOutOfRange("the time `\(Diagnostic.shortened(text))`", at: range) }
        return seconds
    }

    /// `date` when the API's formats can carry it (years 0001–9999).
    /// - Parameter subject: how the message names the date ("the time", "the start of the logged time").
    static func date(_ date: Date, subject: String, at range: SourceRange) throws(Diagnostic) -> Date {
        guard isRepresentable(date) else {
            throw Diagnostic.dateOutOfRange(subject, at: range)
        }
        return date
    }

    /// Whether the API's formats can carry `date` (years 0001–9999).
    static func isRepresentable(_ date: Date) -> Bool {
        date.timeIntervalSince1970.isFinite && APIDate.representable.contains(date)
    }

    private static func outOfRange(_ what: String, _ text: String, _ bounds: ClosedRange<Int>, at range: SourceRange,
                                   usage: String?) -> Diagnostic {
        Diagnostic.numberOutOfRange(what, found: text, bounds: "\(bounds.lowerBound) to \(bounds.upperBound)", at: range,
                                    usage: usage, whole: true)
    }
}
