/// A cached list, typed (the cache stores no `Any`).
enum CachedValue: Sendable {
    case spaces([Space])
    case tools([SpaceTool])
    case milestones([Milestone])
    case tickets([Ticket])
    case comments([TicketComment])
    case tags([Tag])
    case statuses([TicketStatus])
    case customFields([CustomField])
    case users([User])
    case roles([UserRole])
}

/// A model whose lists the cache can hold.
protocol Cacheable: Sendable {
    /// Wraps a list for the cache.
    static func cached(_ items: [Self]) -> CachedValue
    /// Unwraps a list of this type from the cache.
    static func items(in value: CachedValue) -> [Self]?
}

extension Space: Cacheable {
    static func cached(_ items: [Space]) -> CachedValue { .spaces(items) }
    static func items(in value: CachedValue) -> [Space]? { if case .spaces(let v) = value { v } else { nil } }
}

extension SpaceTool: Cacheable {
    static func cached(_ items: [SpaceTool]) -> CachedValue { .tools(items) }
    static func items(in value: CachedValue) -> [SpaceTool]? { if case .tools(let v) = value { v } else { nil } }
}

extension Milestone: Cacheable {
    static func cached(_ items: [Milestone]) -> CachedValue { .milestones(items) }
    static func items(in value: CachedValue) -> [Milestone]? { if case .milestones(let v) = value { v } else { nil } }
}

extension Ticket: Cacheable {
    static func cached(_ items: [Ticket]) -> CachedValue { .tickets(items) }
    static func items(in value: CachedValue) -> [Ticket]? { if case .tickets(let v) = value { v } else { nil } }
}

extension TicketComment: Cacheable {
    static func cached(_ items: [TicketComment]) -> CachedValue { .comments(items) }
    static func items(in value: CachedValue) -> [TicketComment]? { if case .comments(let v) = value { v } else { nil } }
}

extension Tag: Cacheable {
    static func cached(_ items: [Tag]) -> CachedValue { .tags(items) }
    static func items(in value: CachedValue) -> [Tag]? { if case .tags(let v) = value { v } else { nil } }
}

extension TicketStatus: Cacheable {
    static func cached(_ items: [TicketStatus]) -> CachedValue { .statuses(items) }
    static func items(in value: CachedValue) -> [TicketStatus]? { if case .statuses(let v) = value { v } else { nil } }
}

extension CustomField: Cacheable {
    static func cached(_ items: [CustomField]) -> CachedValue { .customFields(items) }
    static func items(in value: CachedValue) -> [CustomField]? { if case .customFields(let v) = value { v } else { nil } }
}

extension User: Cacheable {
    static func cached(_ items: [User]) -> CachedValue { .users(items) }
    static func items(in value: CachedValue) -> [User]? { if case .users(let v) = value { v } else { nil } }
}

extension UserRole: Cacheable {
    static func cached(_ items: [UserRole]) -> CachedValue { .roles(items) }
    static func items(in value: CachedValue) -> [UserRole]? { if case .roles(let v) = value { v } else { nil } }
}
