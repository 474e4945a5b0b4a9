/// What a client has seen of paged lists, kept for the reads after:
/// - per kind of list (tickets, comments, activity, …), the most items one page has held: a
///   later page of that kind shorter than that (and than the size asked for) cannot have been
///   cut short by the server, so it ends its list without asking for the page after it. Kept
///   for the client's lifetime only, never in the ``HintStore``: nothing checks it, so one
///   from an earlier run against a server that now serves shorter pages would end lists early;
/// - per list (its path and query, page size included), the page whose answer showed its end
///   when last read to the end (with a ``HintStore``, also for later runs): a whole read asks
///   for that many pages at once instead of ramping up to them, and for none past it unless
///   that page shows the list grew. Only a hint: the pager still finds every end from the pages.
final class ListMemory: Sendable {
    private let largest = Locked<[String: Int]>([:])
    /// Where list ends are kept: the given store, else one for this process only.
    private let ends: any ListEndStore

    /// A memory whose list ends are kept in `store`, if given (else for the client's lifetime).
    init(store: (any ListEndStore)? = nil) {
        ends = store ?? ProcessListEnds()
    }

    /// The most items a page of `kind` has held (0 when none was read yet).
    func largestPage(of kind: String) -> Int {
        largest.current[kind] ?? 0
    }

    /// Notes a page of `kind` that held `count` items.
    func record(_ count: Int, for kind: String) {
        guard count > largestPage(of: kind) else { return }
        largest.update { $0[kind] = max($0[kind] ?? 0, count) }
    }

    /// The page whose answer showed the end of `list` when it was last read to the end.
    func endPage(of list: String) -> Int? {
        ends.endPage(of: list)
    }

    /// Notes that page `page` showed the end of `list` (empty, shorter than the page size,
    /// or a repeat of page 1).
    func record(endPage page: Int, of list: String) {
        ends.remember(endPage: page, of: list)
    }
}

/// List ends kept for the client's lifetime only (no ``HintStore``).
private final class ProcessListEnds: ListEndStore {
    private let ends = Locked<[String: Int]>([:])

    func endPage(of list: String) -> Int? { ends.current[list] }

    func remember(endPage end: Int, of list: String) { ends.update { $0[list] = end } }
}
