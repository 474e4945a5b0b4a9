import Testing
@testable import LineEditing

@Suite("Completion")
struct CompletionTests {
    static let commands = ["tickets", "ticket", "tags", "tasks", "spaces", "space", "select", "sort"]

    @Test("finds the word at the cursor", arguments: [
        ("tic", 3, "tic", 0),
        ("spaces | so", 11, "so", 9),
        ("tickets status=Te", 17, "Te", 15),
        ("space \"Big Pr", 13, "\"Big Pr", 6),
        ("space \"Big\" | mil", 17, "mil", 14),
        ("user 'Carla D", 13, "'Carla D", 5),
        ("tickets | where (prio", 21, "prio", 17),
        ("tickets x", 7, "tickets", 0),
        ("", 0, "", 0),
    ])
    func word(line: String, cursor: Int, word: String, start: Int) {
        let completion = Completion(line: line, cursor: cursor, candidates: [])
        #expect(completion.word == word)
        #expect(completion.wordStart == start)
    }

    @Test("a unique match completes with a trailing space")
    func unique() {
        let completion = Completion(line: "spaces | so", cursor: 11, candidates: Self.commands)
        #expect(completion.matches == ["sort"])
        #expect(completion.replacement == "sort ")
        #expect(completion.applied(to: EditBuffer(text: "spaces | so")).text == "spaces | sort ")
    }

    @Test("several matches complete to their common prefix")
    func commonPrefix() {
        let completion = Completion(line: "tic", cursor: 3, candidates: Self.commands)
        #expect(completion.matches == ["ticket", "tickets"])
        #expect(completion.commonPrefix == "ticket")
        #expect(completion.applied(to: EditBuffer(text: "tic")).text == "ticket")
        let done = Completion(line: "ticket", cursor: 6, candidates: Self.commands)
        #expect(done.replacement == nil)
        #expect(done.matches == ["ticket", "tickets"])
    }

    @Test("matching ignores case and keeps the candidate's spelling")
    func caseInsensitive() {
        let completion = Completion(line: "user carla", cursor: 10, candidates: ["Carla Díaz", "cdiaz"])
        #expect(completion.matches == ["Carla Díaz"])
        #expect(completion.replacement == "Carla Díaz ")
    }

    @Test("quoted names complete inside a quote and from a bare word")
    func quoted() {
        let candidates = ["\"Big Project\"", "\"Big Project Archive\"", "\"Mobile App\""]
        let inQuote = Completion(line: "space \"Big", cursor: 10, candidates: candidates)
        #expect(inQuote.commonPrefix == "\"Big Project")
        let bare = Completion(line: "space mob", cursor: 9, candidates: candidates)
        #expect(bare.replacement == "\"Mobile App\" ")
        #expect(bare.applied(to: EditBuffer(text: "space mob")).text == "space \"Mobile App\" ")
    }

    @Test("completes in the middle of a line and keeps what follows")
    func middle() {
        let line = "tic | count"
        let completion = Completion(line: line, cursor: 3, candidates: ["tickets"])
        let result = completion.applied(to: EditBuffer(text: line, cursor: 3))
        #expect(result.text == "tickets  | count")
        #expect(result.cursor == 8)
    }

    @Test("no candidate leaves the line alone; duplicates collapse")
    func none() {
        #expect(Completion(line: "zz", cursor: 2, candidates: Self.commands).replacement == nil)
        #expect(Completion(line: "sp", cursor: 2, candidates: ["spaces", "spaces"]).matches == ["spaces"])
        #expect(Completion(line: "tickets status", cursor: 14, candidates: ["status="]).replacement == "status=")
    }

    @Test("candidates are laid out in columns, down then across")
    func columns() {
        let text = CandidateList.render(["a", "bb", "ccc", "dddd", "e"], width: 14)
        #expect(text == "a     dddd\nbb    e\nccc\n")
        #expect(CandidateList.render([], width: 80) == "")
    }
}
