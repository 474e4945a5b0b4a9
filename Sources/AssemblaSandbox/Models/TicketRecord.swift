import Foundation

/// A ticket (`/v1/spaces/:space/tickets`). `status` is the status name; `state` follows it.
struct TicketRecord: JSONRepresentable {
    var id: Int
    var number: Int
    var spaceId: String
    var summary: String
    var description: String?
    var priority: Int
    var completedDate: Date?
    var componentId: Int? = nil
    var createdOn: Date
    var updatedAt: Date
    var permissionType = 0
    var importance: Double = -1
    var isStory = false
    var milestoneId: Int?
    var notificationList: String
    var state: Int
    var status: String
    var storyImportance = 0
    var workingHours: Double = 0
    var estimate: Double = 1
    var totalEstimate: Double = 1
    var totalInvestedHours: Double = 0
    var totalWorkingHours: Double = 0
    var assignedToId: String?
    var reporterId: String
    /// Custom field values, in the order of the space's custom fields (title → value).
    var customFields: [(title: String, value: String)]
    var hierarchyType = 0
    /// Tag names (write-only in the API; served through `/tickets/:number/tags`).
    var tags: [String]

    /// The value of the custom field `title`, if set.
    func customFieldValue(_ title: String) -> String? {
        customFields.first { $0.title == title }?.value
    }

    var json: JSONValue {
        .object([
            ("id", .int(id)),
            ("number", .int(number)),
            ("summary", .string(summary)),
            ("description", .from(description)),
            ("priority", .int(priority)),
            ("completed_date", .from(completedDate.map(SandboxDates.timestamp))),
            ("component_id", .from(componentId)),
            ("created_on", .string(SandboxDates.timestamp(createdOn))),
            ("permission_type", .int(permissionType)),
            ("importance", .double(importance)),
            ("is_story", .bool(isStory)),
            ("milestone_id", .from(milestoneId)),
            ("notification_list", .string(notificationList)),
            ("space_id", .string(spaceId)),
            ("state", .int(state)),
            ("status", .string(status)),
            ("story_importance", .int(storyImportance)),
            ("updated_at", .string(SandboxDates.timestamp(updatedAt))),
            ("working_hours", .double(workingHours)),
            ("estimate", .double(estimate)),
            ("total_estimate", .double(totalEstimate)),
            ("total_invested_hours", .double(totalInvestedHours)),
            ("total_working_hours", .double(totalWorkingHours)),
            ("assigned_to_id", .from(assignedToId)),
            ("reporter_id", .string(reporterId)),
            ("custom_fields", .object(customFields.map { ($0.title, .string($0.value)) })),
            ("hierarchy_type", .int(hierarchyType)),
        ])
    }
}
