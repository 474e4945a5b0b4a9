/// Where ``ListMemory`` keeps the ends of lists beyond the client's lifetime (the
/// ``HintStore`` conforms): the page whose answer showed each list's end when it was last read
/// to the end. Declared here, below the store, so the transport layer does not depend on it.
protocol ListEndStore: Sendable {
    /// The page whose answer showed the end of `list` when it was last read to the end.
    func endPage(of list: String) -> Int?
    /// Notes that page `end` showed the end of `list`.
    func remember(endPage end: Int, of list: String)
}
