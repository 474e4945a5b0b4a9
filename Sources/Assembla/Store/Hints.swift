/// The contents of a ``HintStore`` file.
struct Hints: Codable, Sendable, Equatable {
    static let currentVersion = 1

    /// A list's length when it was last read to the end.
    struct ListEnd: Codable, Sendable, Equatable {
        /// The page whose answer showed the list's end.
        var end: Int
        /// When it was read (``Hints/clock``), to forget the least recently read first.
        var read: Int
    }

    var version = Hints.currentVersion
    var spaces: [Space]?
    var lists: [String: ListEnd] = [:]
    /// Counts list reads (orders ``lists`` by recency without reading the clock).
    var clock = 0
}
