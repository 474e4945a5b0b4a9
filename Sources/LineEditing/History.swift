import Foundation

/// The lines a person entered, oldest first: consecutive repeats collapse, the oldest fall
/// off past `maxSize`, and lines that look like they hold a secret (or start with a space,
/// the shell convention for "don't remember this") are never recorded.
///
/// ```swift
/// var history = History(maxSize: 500)
/// history.add("spaces")                       // true
/// history.add("let token = \"abc\"")          // false: a secret
/// try history.save(to: url)                   // temp file + rename, mode 0600
/// ```
public struct History: Sendable, Equatable {
    /// The recorded lines, oldest first.
    public private(set) var entries: [String]
    /// How many lines are kept at most.
    public let maxSize: Int

    /// Creates a history holding at most `maxSize` lines.
    public init(maxSize: Int = 1000, entries: [String] = []) {
        self.maxSize = max(maxSize, 1)
        self.entries = []
        for entry in entries { add(entry) }
    }

    /// Records `line` unless it is blank, starts with a space, looks like it holds a secret
    /// or repeats the previous entry. Line breaks become spaces (one entry per line on disk).
    /// Returns whether the line was recorded.
    @discardableResult
    public mutating func add(_ line: String) -> Bool {
        guard Self.isRecordable(line) else { return false }
        var flat = line.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: " ")
        while flat.last?.isWhitespace == true { flat.removeLast() }   // e.g. the space a completion added
        guard flat != entries.last else { return false }
        entries.append(flat)
        if entries.count > maxSize { entries.removeFirst(entries.count - maxSize) }
        return true
    }

    /// Whether `line` may be recorded: not blank, not starting with a space, not a secret.
    public static func isRecordable(_ line: String) -> Bool {
        guard let first = line.first, first != " ", first != "\t" else { return false }
        guard !line.allSatisfy(\.isWhitespace) else { return false }
        return !SecretPattern.matches(line)
    }
}
