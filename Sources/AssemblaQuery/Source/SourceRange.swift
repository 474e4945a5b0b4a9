/// A half-open range of source text (`start..<end`, in characters).
struct SourceRange: Sendable, Hashable {
    /// First character of the range.
    let start: SourceLocation
    /// One past the last character of the range.
    let end: SourceLocation

    init(_ start: Int, _ end: Int) {
        self.start = SourceLocation(offset: start)
        self.end = SourceLocation(offset: max(start, end))
    }

    /// The smallest range covering both ranges.
    func union(_ other: SourceRange) -> SourceRange {
        SourceRange(min(start.offset, other.start.offset), max(end.offset, other.end.offset))
    }
}
