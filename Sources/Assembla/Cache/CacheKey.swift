/// What a cached list is — a typed resource of one space (or, in the portfolio-wide cache,
/// of the account) — never a URL string. Writes drop exactly the keys of the resources they
/// change (``CacheKey/Resource``), so changing members does not drop tickets and creating a
/// ticket does not drop milestones.
enum CacheKey: Hashable, Sendable {
    /// The account's spaces (portfolio-wide cache).
    case spaces
    /// The caller (`GET /v1/user`) (portfolio-wide cache).
    case me
    /// A user looked up by login or id (portfolio-wide cache).
    case user(String)
    /// One space by id or wiki name (portfolio-wide cache).
    case space(String)
    /// Every milestone of the space.
    case milestones
    /// One milestone by id.
    case milestone(Int)
    /// Every ticket of the space (report 0).
    case tickets
    /// The tickets of one milestone.
    case ticketsInMilestone(Int)
    /// One ticket by number.
    case ticket(Int)
    /// The comments of the ticket with this number.
    case comments(ticket: Int)
    /// The tags of the ticket with this number.
    case ticketTags(ticket: Int)
    /// The tickets carrying the tag with this id.
    case taggedTickets(tag: Int)
    /// The space's members (users).
    case members
    /// The members' roles (`user_roles`).
    case roles
    /// The ticket statuses.
    case statuses
    /// The custom ticket fields.
    case customFields
    /// The space's tags.
    case tags
    /// The installed tools.
    case tools
    /// The repository tools.
    case repositoryTools

    /// What a write changes; each key belongs to exactly one resource.
    enum Resource: Hashable, Sendable {
        case spaces, users, milestones, tickets, members, statuses, customFields, tags, tools
    }

    /// The resource this key caches a view of.
    var resource: Resource {
        switch self {
        case .spaces, .space: .spaces
        case .me, .user: .users
        case .milestones, .milestone: .milestones
        case .tickets, .ticketsInMilestone, .ticket, .comments, .ticketTags, .taggedTickets: .tickets
        case .members, .roles: .members
        case .statuses: .statuses
        case .customFields: .customFields
        case .tags: .tags
        case .tools, .repositoryTools: .tools
        }
    }
}
