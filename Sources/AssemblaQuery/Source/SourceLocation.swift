/// A position in source text, as an offset in `Character`s from the start of the file.
struct SourceLocation: Sendable, Hashable, Comparable {
    /// Offset in characters from the start of the source.
    let offset: Int

    static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool { lhs.offset < rhs.offset }
}
