/// What a client has seen of the server's page sizes, per kind of list (tickets, comments,
/// activity, …): the most items one page of that kind has held. A later page of the same
/// kind shorter than that (and than the size asked for) cannot have been cut short by the
/// server, so it ends its list without asking for the page after it.
final class PageSizeMemory: Sendable {
    private let largest = Locked<[String: Int]>([:])

    /// The most items a page of `kind` has held (0 when none was read yet).
    func largestPage(of kind: String) -> Int { largest.current[kind] ?? 0 }

    /// Notes a page of `kind` that held `count` items.
    func record(_ count: Int, for kind: String) {
        guard count > largestPage(of: kind) else { return }
        largest.update { $0[kind] = max($0[kind] ?? 0, count) }
    }
}
