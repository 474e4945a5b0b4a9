@testable import AssemblaQuery
import Foundation
import Testing

/// The language reads its field lists, writable sets, default columns and the lookups of
/// derived fields from the one field schema (`scripts/dev/generate-models.py`).
@Suite("Field schema")
struct FieldSchemaTests {
    @Test("`log billed=true` sends billed (it was accepted and dropped)")
    func logSendsBilled() async throws {
        try await SandboxHarness.with { h in
            #expect(await h.output("log hours=1 space=\"Big Project\" description=Invoiced billed=true").hasPrefix("logged 1 h"))
            #expect(await h.output("tasks description=Invoiced | get billed") == "true\n")
        }
    }

    @Test("`log` takes the task fields the schema makes writable on create, and lists them")
    func logFieldsFromSchema() async throws {
        try await SandboxHarness.with { h in
            let failure = await h.failure("log hours=1 space=\"Big Project\" colour=red")
            #expect(failure?.rendered.contains("unknown field `colour`") == true)
            #expect(failure?.rendered.contains("fields are: description, url, hours, begin_at, end_at, billed, ticket_number, space") == true,
                    "\(failure?.rendered ?? "")")
        }
    }

    @Test("a write-only field is typed by the schema: a milestone's start_date must be a date")
    func writeOnlyFieldTyped() async throws {
        try await SandboxHarness.with { h in
            let failure = await h.failure("space \"Big Project\" | create milestone title=RC9 start_date=banana")
            #expect(failure?.rendered.contains("`banana` is not a date, which `start_date` needs") == true, "\(failure?.rendered ?? "")")
        }
    }

    @Test("create and update take different fields: a tool's permissions are changed, never created; a task is only created")
    func writeOperations() {
        #expect(RecordKind.tool.writableFields(on: .create).isEmpty)
        #expect(RecordKind.tool.writableFields(on: .update) == ["team_permissions", "watcher_permissions", "public_permissions"])
        #expect(RecordKind.task.writableFields(on: .update).isEmpty)
        #expect(RecordKind.ticket.writableFields(on: .update).contains("due_date"))
        #expect(!RecordKind.ticket.fieldNames.contains("due_date"), "write-only fields are not read fields")
    }

    @Test("lookups come from the schema's derived fields; API fields need none")
    func lookupsFromSchema() {
        #expect(Lookup.needed(for: "assigned_to", of: .ticket) == [.users])
        #expect(Lookup.needed(for: "milestone", of: .ticket) == [.milestones])
        #expect(Lookup.needed(for: "user", of: .task) == [.spaces, .users])
        #expect(Lookup.needed(for: "status_name", of: .ticket).isEmpty)
        #expect(Lookup.needed(for: "milestone_id", of: .ticket).isEmpty)
        #expect(Lookup.all(for: .ticket) == [.users, .milestones])
    }

    @Test("every default table column is a field of its kind")
    func tableColumnsAreFields() {
        for kind in RecordKind.allCases {
            for column in kind.tableColumns ?? [] {
                #expect(kind.fieldNames.contains(column), "\(kind) column \(column)")
            }
        }
    }

    @Test("records the language reads carry exactly the schema's fields of their kind (a ticket also its custom fields)")
    func recordsCarrySchemaFields() async throws {
        let statements: [(RecordKind, String)] = [
            (.space, "space \"Big Project\""), (.milestone, "space \"Big Project\" | milestones | first 1"),
            (.ticket, "space \"Big Project\" | ticket 301"), (.user, "space \"Big Project\" | users | first 1"),
            (.task, "tasks | first 1"), (.event, "stream | first 1"),
            (.comment, "space \"Big Project\" | ticket 301 | comments | first 1"),
            (.tag, "space \"Big Project\" | tags | first 1"), (.status, "space \"Big Project\" | statuses | first 1"),
            (.tool, "space \"Big Project\" | tools | first 1"), (.field, "space \"Big Project\" | custom_fields | first 1"),
            (.member, "space \"Big Project\" | members | first 1"),
        ]
        #expect(Set(statements.map(\.0)) == Set(RecordKind.allCases.filter { !$0.fields.isEmpty }))
        try await SandboxHarness.with { h in
            for (kind, statement) in statements {
                let json = try JSONSerialization.jsonObject(with: Data(await h.output(statement + " | json").utf8))
                let record = try #require((json as? [[String: Any]])?.first ?? json as? [String: Any], "\(statement)")
                let extra = Set(record.keys).subtracting(kind.listedFieldNames)
                #expect(Set(kind.listedFieldNames).subtracting(record.keys).isEmpty, "\(kind) misses fields")
                #expect(extra == (kind == .ticket ? ["build", "severity"] : []), "\(kind) has fields the schema lacks: \(extra)")
            }
        }
    }
}
