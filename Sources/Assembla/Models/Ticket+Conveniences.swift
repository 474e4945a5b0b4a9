extension Ticket {
    /// The value of the custom field titled `title` (exact title first, then ignoring case).
    public func customFieldValue(titled title: String) -> String? {
        if let value = customFields[title] { return value }
        return customFields.first { $0.key.caseInsensitiveCompare(title) == .orderedSame }?.value
    }

    /// Whether the ticket is open (`state` 1).
    public var isOpen: Bool { state == .open }
}
