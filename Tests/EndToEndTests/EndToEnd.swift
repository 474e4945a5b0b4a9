import Testing

/// Every end-to-end test, one at a time: each starts real processes (and a sandbox), and on
/// a small machine running them all at once only makes them slow and their HTTP time out.
@Suite("end to end", .serialized)
enum EndToEnd {}
