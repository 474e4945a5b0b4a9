import Foundation

/// Milestone attributes to create a milestone with or to change; only the ones set are sent.
public struct MilestoneFields: Sendable, Hashable {
    /// The title (required to create).
    public var title: String?
    /// The description.
    public var description: String?
    /// Due day.
    public var dueDate: CalendarDay?
    /// Completed or not.
    public var isCompleted: Bool?
    /// Release notes.
    public var releaseNotes: String?
    /// Any other writable attribute, by API name.
    public var other: Attributes

    /// Creates the set of attributes; nil ones are left alone.
    public init(title: String? = nil, description: String? = nil, dueDate: CalendarDay? = nil, isCompleted: Bool? = nil,
                releaseNotes: String? = nil, other: Attributes = [:]) {
        self.title = title
        self.description = description
        self.dueDate = dueDate
        self.isCompleted = isCompleted
        self.releaseNotes = releaseNotes
        self.other = other
    }

    /// The attributes to send; a day given as text in ``other`` (`due_date`,
    /// `completed_date`) must be a real `YYYY-MM-DD` day, so "next tuesday" never reaches a request.
    func attributes() throws -> Attributes {
        for name in Milestone.calendarDayFields {
            guard case .string(let text)? = other[name], !text.isEmpty, CalendarDay(rawValue: text) == nil else { continue }
            throw AssemblaError(.invalidArgument(reason: "\(name) \"\(text.prefix(40))\" is not a calendar day (YYYY-MM-DD)"))
        }
        var result = other
        result.set("title", title.map(AttributeValue.string))
        result.set("description", description.map(AttributeValue.string))
        result.set("due_date", dueDate.map { AttributeValue.string($0.rawValue) })
        result.set("is_completed", isCompleted.map(AttributeValue.bool))
        result.set("release_notes", releaseNotes.map(AttributeValue.string))
        return result
    }
}
