/// Reads a paged list (`page`/`per_page`) to its end, whatever page size the server really
/// uses — no silent cap.
///
/// Assembla does not document its largest `per_page`, so a server may serve fewer items per
/// page than asked. The pager therefore learns the page size from the pages themselves:
/// - a 204 or an empty page ends the list;
/// - a first page as long as the size asked for sets the page size;
/// - a shorter first page is ambiguous (a short list, or a server that cuts pages to that
///   length), so page 2 decides: empty means the list ended, anything else means the server
///   serves pages of page 1's length;
/// - after that, a page shorter than the learned size ends the list;
/// - a page equal to page 1 ends it too (a server that ignores `page` sent the list again).
///
/// Once the size is known, up to `concurrency` pages are asked for ahead of the reader (see
/// ``PageFeed``): a window that ramps in batches — at once to `concurrency` pages after page 1
/// for a whole read (which also asks for page 2 with page 1), 2, 4, … for a read ahead — and,
/// once a full window was handed out, slides: each page handed out asks for the next. A read
/// that may stop early asks for one page at a time (``ReadIntent``). Pages come out in the
/// API's order. Requests for a list of n items with page size s: ceil(n / s), plus the page
/// past the end when the last page is full; when several are in flight, plus the rest of the
/// batch for a list that ends during the ramp, or at most `concurrency - 1` past the page that
/// shows the end. A first page shorter than the size asked for costs one more request unless
/// ``ListMemory`` already knows that pages of this kind hold more.
struct Pager: Sendable {
    /// Items per page asked for.
    var pageSize: Int
    /// Pages in flight at once.
    var concurrency: Int
    /// Page sizes seen earlier by the same client.
    var memory: ListMemory?
    /// How much of the list the reader means to read.
    var intent: ReadIntent = .readAhead

    /// The pages of `endpoint`, in order, fetched with `fetch`.
    func pages<Element>(
        _ endpoint: PagedEndpoint<Element>,
        fetch: @escaping @Sendable (Endpoint<[Element]>) async throws -> [Element]
    ) -> PageFeed<Element> {
        PageFeed(endpoint, pageSize: max(1, pageSize), concurrency: intent == .pageByPage ? 1 : max(1, concurrency),
                 whole: intent == .whole, memory: memory, fetch: fetch)
    }

}
