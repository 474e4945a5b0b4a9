import Foundation

/// A `from`…`to` window (either end optional, both inclusive) for the endpoints whose
/// `from`/`to` parameters take whole minutes (tasks, the activity stream). The request asks
/// for the whole minutes that cover the window — `from` rounded down, `to` rounded up — and
/// ``contains(_:)`` drops what lies outside it, so no end loses the seconds of its minute.
struct TimeWindow: Sendable, Hashable {
    /// The earliest instant kept.
    var from: Date?
    /// The latest instant kept.
    var to: Date?

    /// `from` and `to` as `YYYY-MM-DD HH:MM` (UTC), rounded outwards to whole minutes.
    var query: [URLQueryItem] {
        var items: [URLQueryItem] = []
        if let from { items.append(URLQueryItem(name: "from", value: APIDate.minuteParameter(from))) }
        if let to {
            let minutes = (to.timeIntervalSince1970 / 60).rounded(.up)
            items.append(URLQueryItem(name: "to", value: APIDate.minuteParameter(Date(timeIntervalSince1970: minutes * 60))))
        }
        return items
    }

    /// Whether `date` lies in the window.
    func contains(_ date: Date) -> Bool {
        if let from, date < from { return false }
        if let to, date > to { return false }
        return true
    }
}
