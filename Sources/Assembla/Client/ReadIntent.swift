/// How much of a paged list its reader means to read, which sets how far the pager asks for
/// pages ahead of the one the reader wants (never more than `maxConcurrentRequests` at once).
///
/// ```swift
/// let first = await space.ticketPages(TicketFilter(), intent: .pageByPage)   // `first 10`: no page read ahead
/// let all = await space.ticketPages(TicketFilter(), intent: .whole)          // a count: the full window at once
/// ```
public enum ReadIntent: Sendable, Hashable {
    /// The reader may stop after any page: each page is asked for only when the reader wants
    /// it, so a read that stops early sends no request it does not use.
    case pageByPage
    /// The reader probably reads on (the default of ``Paged`` and the array methods): once the
    /// page size is known, a window of pages in flight grows 2, 4, … up to
    /// `maxConcurrentRequests` as pages are handed out.
    case readAhead
    /// The reader reads to the end (a count, a total, a whole table): page 2 is asked for
    /// together with page 1 (the pager needs it anyway when page 1 is short, unless the client
    /// already saw full pages of this kind) and the window is full as soon as page 1 is; a list
    /// of 2 to `maxConcurrentRequests` pages then costs up to `maxConcurrentRequests - 2`
    /// requests past its end.
    case whole
}
