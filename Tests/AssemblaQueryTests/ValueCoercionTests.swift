import Foundation
@testable import AssemblaQuery
import Testing

/// Issue 7 §2 and §3, issue 10 (type errors): values meet fields through one coercion step,
/// and a day means the whole day.
@Suite("Values meet fields")
struct ValueCoercionTests {
    static let big = "space \"Big Project\" | tickets"

    @Test("a date through $1, quoted or bare counts the same as the literal (-7d, yesterday); since=$1 works")
    func datesThroughArguments() async throws {
        try await SandboxHarness.with(SessionOptions(arguments: ["-7d", "yesterday", "2026-01-01"])) { h in
            let literal = await h.count("\(Self.big) updated_at>-7d | count")
            #expect(literal > 0)
            #expect(await h.count("\(Self.big) updated_at>$1 | count") == literal)
            #expect(await h.count("\(Self.big) updated_at>\"-7d\" | count") == literal)
            #expect(await h.count("\(Self.big) | where updated_at>$1 | count") == literal)
            let yesterday = await h.count("\(Self.big) updated_at>=yesterday | count")
            #expect(await h.count("\(Self.big) updated_at>=$2 | count") == yesterday)
            #expect(await h.count("\(Self.big) updated_at>=\"yesterday\" | count") == yesterday)
            let tasks = await h.count("tasks since=-7d | count")
            #expect(tasks > 0)
            #expect(await h.count("tasks since=$1 | count") == tasks)
            #expect(await h.count("stream since=$1 | count") == (await h.count("stream since=-7d | count")))
            #expect(await h.count("\(Self.big) updated_at>$3 | count") == (await h.count("\(Self.big) updated_at>2026-01-01 | count")))
        }
    }

    @Test("a value that cannot have the field's type is a check-time error with a caret, before any request", arguments: [
        ("space \"Big Project\" | tickets updated_at > ‸banana", "`banana` is not a date, which `updated_at` needs"),
        ("space \"Big Project\" | tickets priority>‸banana", "`banana` is not a priority"),
        ("space \"Big Project\" | tickets | where number=‸abc", "`abc` is not a number, which `number` needs"),
        ("tasks since=‸soon", "`soon` is not a date, which `since` needs"),
        ("space \"Big Project\" | tickets | sum ‸summary", "`sum` adds numbers, but `summary` is text"),
        ("space \"Big Project\" | tickets | avg ‸summary", "`avg` adds numbers, but `summary` is text"),
        ("space \"Big Project\" | tickets updated_at>‸$1", "`tomorrowish` is not a date"),
    ])
    func typeErrors(_ marked: String, _ message: String) async throws {
        try await SandboxHarness.with(SessionOptions(arguments: ["tomorrowish"])) { h in
            let source = marked.replacingOccurrences(of: "‸", with: "")
            let column = marked.distance(from: marked.startIndex, to: marked.firstIndex(of: "‸")!) + 1
            await h.server.resetRequestLog()
            let failure = await h.failure(source)
            #expect(failure?.exitCode == 2)
            #expect(failure?.rendered.contains(message) == true, "\(failure?.rendered ?? "")")
            #expect(failure?.rendered.hasPrefix("<command line>:1:\(column):") == true, "\(failure?.rendered ?? "")")
            #expect(await h.requests().isEmpty, "checked before any request")
        }
    }

    @Test("priority names read as numbers: priority=Highest is priority=1")
    func priorityNames() async throws {
        try await SandboxHarness.with { h in
            let one = await h.count("\(Self.big) priority=1 | count")
            #expect(one > 0)
            #expect(await h.count("\(Self.big) priority=Highest | count") == one)
            #expect(await h.count("\(Self.big) priority<=high | count") == (await h.count("\(Self.big) priority<=2 | count")))
            let typo = await h.failure("\(Self.big) priority=Hihgest | count")
            #expect(typo?.exitCode == 2)
            #expect(typo?.rendered.contains("did you mean `highest`?") == true)
        }
    }

    @Test("a bare day is the whole day in every operator")
    func dayComparisons() async throws {
        try await SandboxHarness.with { h in
            let stamps = await h.output("\(Self.big) | get updated_at").split(separator: "\n").map(String.init)
            let days = stamps.map { String($0.prefix(10)) }
            let day = try #require(days.sorted().dropLast(days.count / 3).last)  // a day with tickets, not the newest
            let next = APIDay.next(day)
            let total = stamps.count
            let on = await h.count("\(Self.big) updated_at=\(day) | count")
            #expect(on == days.filter { $0 == day }.count && on > 0)
            #expect(await h.count("\(Self.big) updated_at>=\(day) updated_at<=\(day) | count") == on)
            let atMost = await h.count("\(Self.big) updated_at<=\(day) | count")
            #expect(atMost == days.filter { $0 <= day }.count)
            #expect(atMost == (await h.count("\(Self.big) updated_at<\(next) | count")))
            let after = await h.count("\(Self.big) updated_at>\(day) | count")
            #expect(after == days.filter { $0 > day }.count)
            #expect(after == (await h.count("\(Self.big) updated_at>=\(next) | count")))
            let before = await h.count("\(Self.big) updated_at<\(day) | count")
            #expect(before + on + after == total)
            #expect(await h.count("\(Self.big) updated_at!=\(day) | count") == total - on)
            let today = ValueFormatting.iso(Date(), dayOnly: true)
            #expect(await h.count("\(Self.big) updated_at=today | count") == days.filter { $0 == today }.count)
            #expect(await h.count("\(Self.big) updated_at>yesterday | count") == (await h.count("\(Self.big) updated_at>=today | count")))
            #expect(await h.count("\(Self.big) updated_at<=yesterday | count") == (await h.count("\(Self.big) updated_at<today | count")))
        }
    }

    @Test("the date rule at its boundaries", arguments: [
        // (instant relative to the day's 00:00 in seconds, operator, holds)
        (-1.0, ComparisonOperator.equal, false), (0, .equal, true), (86_399, .equal, true), (86_400, .equal, false),
        (-1, .less, true), (0, .less, false), (86_399, .lessOrEqual, true), (86_400, .lessOrEqual, false),
        (86_399, .greater, false), (86_400, .greater, true), (-1, .greaterOrEqual, false), (0, .greaterOrEqual, true),
        (0, .notEqual, false), (86_400, .notEqual, true),
    ])
    func dateRule(_ offset: Double, _ op: ComparisonOperator, _ holds: Bool) throws {
        let day = try #require(DateParsing.parse("2026-11-28"))
        #expect(DateRule.holds(day.addingTimeInterval(offset), op, day, wholeDay: true) == holds)
        #expect(ValueComparison.holds(.date(day.addingTimeInterval(offset), dayOnly: false), op, .date(day, dayOnly: true)) == holds)
    }

    @Test("writes read values by the same step: due_date=$1, begin_at=$2, priority=high, assigned_to=me; bad ones fail first")
    func writeValues() async throws {
        try await SandboxHarness.with(SessionOptions(dryRun: true, arguments: ["2026-12-31", "-3h", "banana"])) { h in
            let ticket = await h.output("space \"Big Project\" | ticket 301 | set priority=high assigned_to=me")
            let alice = await h.output("space \"Big Project\" | users login=alice | get id").trimmingCharacters(in: .newlines)
            #expect(ticket.contains("\"priority\":2") && ticket.contains("\"assigned_to_id\":\"\(alice)\""), "\(ticket)")
            let milestone = await h.output("space \"Big Project\" | create milestone title=x due_date=$1")
            #expect(milestone.contains("\"due_date\":\"2026-12-31\""), "\(milestone)")
            let task = await h.output("log hours=1 space=\"Big Project\" begin_at=$2")
            #expect(task.contains("\"begin_at\":"), "begin_at was dropped: \(task)")
            await h.server.resetRequestLog()
            let bad = await h.failure("spaces | count\nlog hours=1 space=\"Big Project\" begin_at=$3")
            #expect(bad?.exitCode == 2)
            #expect(bad?.rendered.contains("`banana` is not a date, which `begin_at` needs") == true)
            #expect(await h.requests().isEmpty, "checked before line 1 ran")
        }
    }

    @Test("empty custom-field values are null: =null finds them, min skips them, sort puts them last")
    func emptyCustomFields() async throws {
        try await SandboxHarness.with { h in
            let total = await h.count("\(Self.big) | count")
            let empty = await h.count("\(Self.big) build=null | count")
            let set = await h.count("\(Self.big) build!=null | count")
            #expect(empty > 0 && set > 0)
            #expect(empty + set == total)
            #expect(await h.output("\(Self.big) | min build") != "\n")
            #expect(await h.output("\(Self.big) | sort build | first | get build") != "\n")
            #expect(await h.output("\(Self.big) | sort build desc | first | get build") != "\n")
            #expect(await h.output("\(Self.big) | sort build | last | get build") == "\n")
        }
    }
}

/// Days as text for tests.
enum APIDay {
    /// The day after `day` (YYYY-MM-DD, UTC).
    static func next(_ day: String) -> String {
        let date = DateParsing.parse(day)!.addingTimeInterval(86_400)
        return ValueFormatting.iso(date, dayOnly: true)
    }
}
