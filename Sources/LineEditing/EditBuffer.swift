/// A line being edited: text plus a cursor counted in grapheme clusters (what a person
/// sees as one character), so every edit keeps UTF-8 intact.
///
/// ```swift
/// var buffer = EditBuffer(text: "user Díaz", cursor: 9)
/// buffer.deleteBackward()          // "user Día", cursor 8
/// ```
public struct EditBuffer: Sendable, Equatable {
    /// The whole line.
    public private(set) var text: String
    /// The cursor, in grapheme clusters from the start (0…`text.count`).
    public private(set) var cursor: Int

    /// Creates a buffer; the cursor is clamped to the text and defaults to its end.
    public init(text: String = "", cursor: Int? = nil) {
        self.text = text
        self.cursor = min(max(cursor ?? text.count, 0), text.count)
    }

    /// Creates a buffer from a UTF-8 byte offset (what C line editors report). An offset
    /// inside a character moves to that character's start.
    public init(text: String, utf8Cursor: Int) {
        let utf8 = text.utf8
        let offset = min(max(utf8Cursor, 0), utf8.count)
        let index = utf8.index(utf8.startIndex, offsetBy: offset)
        let start = text[..<index].endIndex
        let prefix = text.unicodeScalars[..<start]
        self.init(text: text, cursor: String(prefix).count)
    }

    /// The text before the cursor.
    public var beforeCursor: Substring { text[..<index(at: cursor)] }

    /// The text after the cursor.
    public var afterCursor: Substring { text[index(at: cursor)...] }

    /// The cursor as a UTF-8 byte offset.
    public var utf8Cursor: Int { beforeCursor.utf8.count }

    /// Inserts `string` at the cursor and moves the cursor after it.
    public mutating func insert(_ string: String) {
        replace(from: cursor, to: cursor, with: string)
    }

    /// Replaces the characters in `start..<end` with `string`; the cursor ends after it.
    public mutating func replace(from start: Int, to end: Int, with string: String) {
        let lower = min(max(start, 0), text.count)
        let upper = min(max(end, lower), text.count)
        let head = String(text[..<index(at: lower)]) + string
        text = String(head + text[index(at: upper)...])
        // A combining mark may merge with the character before it: count what is really there.
        cursor = min(head.count, text.count)
    }

    /// Deletes the character before the cursor (Backspace). Returns whether anything changed.
    @discardableResult
    public mutating func deleteBackward() -> Bool {
        guard cursor > 0 else { return false }
        replace(from: cursor - 1, to: cursor, with: "")
        return true
    }

    /// Deletes the character under the cursor (Delete). Returns whether anything changed.
    @discardableResult
    public mutating func deleteForward() -> Bool {
        guard cursor < text.count else { return false }
        let keep = cursor
        replace(from: cursor, to: cursor + 1, with: "")
        cursor = keep
        return true
    }

    /// Deletes the word before the cursor (Ctrl-W), with the spaces after it.
    public mutating func deleteWordBackward() {
        replace(from: wordStart(before: cursor), to: cursor, with: "")
    }

    /// Deletes from the cursor to the end of the line (Ctrl-K).
    public mutating func deleteToEnd() {
        text = String(beforeCursor)
    }

    /// Moves one character left.
    public mutating func moveLeft() { cursor = max(cursor - 1, 0) }

    /// Moves one character right.
    public mutating func moveRight() { cursor = min(cursor + 1, text.count) }

    /// Moves to the start of the line (Ctrl-A).
    public mutating func moveToStart() { cursor = 0 }

    /// Moves to the end of the line (Ctrl-E).
    public mutating func moveToEnd() { cursor = text.count }

    /// Moves to the start of the word before the cursor (Alt-B).
    public mutating func moveWordLeft() { cursor = wordStart(before: cursor) }

    /// Moves past the end of the word after the cursor (Alt-F).
    public mutating func moveWordRight() {
        let characters = Array(text)
        var position = cursor
        while position < characters.count, characters[position].isWhitespace { position += 1 }
        while position < characters.count, !characters[position].isWhitespace { position += 1 }
        cursor = position
    }

    private func wordStart(before position: Int) -> Int {
        let characters = Array(text)
        var start = position
        while start > 0, characters[start - 1].isWhitespace { start -= 1 }
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        return start
    }

    private func index(at offset: Int) -> String.Index {
        text.index(text.startIndex, offsetBy: min(max(offset, 0), text.count))
    }
}
