import Foundation

/// A time entry (`/v1/tasks`); `hours` is served as a string, as Assembla does.
struct TaskRecord: JSONRepresentable {
    var id: Int
    var description: String
    var url: String?
    var hours: Double
    var beginAt: Date
    var endAt: Date
    var billed = false
    var spaceId: String
    var ticketNumber: Int?
    var ticketId: Int?
    var userId: String
    var jobAgreementId: Int? = nil
    var createdAt: Date
    var updatedAt: Date

    var json: JSONValue {
        .object([
            ("id", .int(id)),
            ("description", .string(description)),
            ("url", .from(url)),
            ("hours", .string(JSONValue.format(hours))),
            ("begin_at", .string(SandboxDates.timestamp(beginAt))),
            ("end_at", .string(SandboxDates.timestamp(endAt))),
            ("billed", .bool(billed)),
            ("space_id", .string(spaceId)),
            ("ticket_number", .from(ticketNumber)),
            ("ticket_id", .from(ticketId)),
            ("user_id", .string(userId)),
            ("job_agreement_id", .from(jobAgreementId)),
            ("created_at", .string(SandboxDates.timestamp(createdAt))),
            ("updated_at", .string(SandboxDates.timestamp(updatedAt))),
        ])
    }
}
