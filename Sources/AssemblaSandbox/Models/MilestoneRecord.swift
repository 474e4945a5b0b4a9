import Foundation

/// A milestone (`/v1/spaces/:space/milestones`).
struct MilestoneRecord: JSONRepresentable {
    var id: Int
    var spaceId: String
    var title: String
    var description: String?
    var dueDate: String?
    var userId: String?
    var createdAt: Date
    var createdBy: String
    var updatedAt: Date
    var updatedBy: String
    var isCompleted: Bool
    var completedDate: String?
    var releaseLevel: Int?
    var releaseNotes: String?
    var plannerType = 0

    /// `None`, `Alpha`, `Beta` or `Stable`, from ``releaseLevel``.
    var prettyReleaseLevel: String {
        switch releaseLevel {
        case 1: return "Alpha"
        case 2: return "Beta"
        case 3: return "Stable"
        default: return "None"
        }
    }

    var json: JSONValue {
        .object([
            ("id", .int(id)),
            ("due_date", .from(dueDate)),
            ("title", .string(title)),
            ("user_id", .from(userId)),
            ("created_at", .string(SandboxDates.timestamp(createdAt))),
            ("created_by", .string(createdBy)),
            ("space_id", .string(spaceId)),
            ("description", .from(description)),
            ("is_completed", .bool(isCompleted)),
            ("completed_date", .from(completedDate)),
            ("updated_at", .string(SandboxDates.timestamp(updatedAt))),
            ("updated_by", .string(updatedBy)),
            ("release_level", .from(releaseLevel)),
            ("release_notes", .from(releaseNotes)),
            ("planner_type", .int(plannerType)),
            ("pretty_release_level", .string(prettyReleaseLevel)),
        ])
    }
}
