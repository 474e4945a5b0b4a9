import Testing
@testable import LineEditing

@Suite("EditBuffer")
struct EditBufferTests {
    @Test("inserts at the cursor and moves past the insertion")
    func insert() {
        var buffer = EditBuffer(text: "tickets", cursor: 0)
        buffer.insert("space \"Big\" | ")
        #expect(buffer.text == "space \"Big\" | tickets")
        #expect(buffer.cursor == 14)
    }

    @Test("deletes whole grapheme clusters, not bytes or scalars", arguments: [
        ("Díaz", "Día"),            // z
        ("Carla Dí", "Carla D"),    // precomposed í (2 UTF-8 bytes)
        ("e\u{301}", ""),           // e + combining acute: one character
        ("flag 🇪🇸", "flag "),       // two regional indicators: one character
        ("👩‍💻", ""),                  // ZWJ sequence
    ])
    func deleteBackward(text: String, expected: String) {
        var buffer = EditBuffer(text: text)
        let deleted = buffer.deleteBackward()
        #expect(deleted)
        #expect(buffer.text == expected)
        #expect(buffer.cursor == expected.count)
    }

    @Test("moves by character and by word, clamped to the line")
    func movement() {
        var buffer = EditBuffer(text: "user \"Carla Díaz\"", cursor: 0)
        buffer.moveLeft()
        #expect(buffer.cursor == 0)
        buffer.moveWordRight()
        #expect(buffer.cursor == 4)
        buffer.moveWordRight()
        #expect(buffer.cursor == 11)
        buffer.moveToEnd()
        #expect(buffer.cursor == 17)
        buffer.moveRight()
        #expect(buffer.cursor == 17)
        buffer.moveWordLeft()
        #expect(buffer.cursor == 12)
        buffer.moveToStart()
        #expect(buffer.cursor == 0)
    }

    @Test("delete forward, word and to end of line")
    func deletions() {
        var buffer = EditBuffer(text: "tickets status=Test", cursor: 0)
        let deleted = buffer.deleteForward()
        #expect(deleted)
        #expect(buffer.text == "ickets status=Test")
        #expect(buffer.cursor == 0)
        buffer.moveToEnd()
        buffer.deleteWordBackward()
        #expect(buffer.text == "ickets ")
        buffer.moveToStart()
        buffer.moveRight()
        buffer.deleteToEnd()
        #expect(buffer.text == "i")
        #expect(!EditBuffer(text: "").deleteForwardResult)
    }

    @Test("converts UTF-8 byte offsets from libedit to characters and back", arguments: [
        ("Díaz", 3, 2),   // after "Dí" (D=1 byte, í=2 bytes)
        ("Díaz", 2, 1),   // inside í: snaps to its start
        ("Díaz", 99, 4),
        ("", 0, 0),
    ])
    func utf8Cursor(text: String, bytes: Int, characters: Int) {
        let buffer = EditBuffer(text: text, utf8Cursor: bytes)
        #expect(buffer.cursor == characters)
        #expect(EditBuffer(text: text, cursor: characters).utf8Cursor == String(text.prefix(characters)).utf8.count)
    }

    @Test("a combining mark typed after a letter joins it")
    func combiningInsert() {
        var buffer = EditBuffer(text: "Die")
        buffer.insert("\u{301}")
        #expect(buffer.text == "Die\u{301}")
        #expect(buffer.cursor == 3)
        #expect(buffer.text.count == 3)
    }
}

extension EditBuffer {
    /// `deleteForward()` on a copy, for expressions.
    var deleteForwardResult: Bool {
        var copy = self
        return copy.deleteForward()
    }
}
