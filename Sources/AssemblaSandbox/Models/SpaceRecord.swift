import Foundation

/// A space (project) as `GET /v1/spaces[/:space]` serves it.
struct SpaceRecord: JSONRepresentable {
    var id: String
    var name: String
    var description: String
    var wikiName: String
    var publicPermissions = 0
    var teamPermissions = 2
    var watcherPermissions = 1
    var sharePermissions = true
    var teamTabRole = 0
    var createdAt: Date
    var updatedAt: Date
    var defaultShowpage = "Wiki"
    var tabsOrder: String? = "--- \n- stream\n- wiki\n- messages\n- files\n- team\n- admin\n"
    var parentId: String? = nil
    var restricted = false
    var status = 1
    var approved = false
    var canJoin = false
    var canApply = true
    var style = ""
    var bannerText = ""

    var json: JSONValue {
        .object([
            ("id", .string(id)),
            ("name", .string(name)),
            ("description", .string(description)),
            ("wiki_name", .string(wikiName)),
            ("public_permissions", .int(publicPermissions)),
            ("team_permissions", .int(teamPermissions)),
            ("watcher_permissions", .int(watcherPermissions)),
            ("share_permissions", .bool(sharePermissions)),
            ("team_tab_role", .int(teamTabRole)),
            ("created_at", .string(SandboxDates.timestamp(createdAt))),
            ("updated_at", .string(SandboxDates.timestamp(updatedAt))),
            ("default_showpage", .string(defaultShowpage)),
            ("tabs_order", .from(tabsOrder)),
            ("parent_id", .from(parentId)),
            ("restricted", .bool(restricted)),
            ("restricted_date", .null),
            ("commercial_from", .string(SandboxDates.timestamp(createdAt))),
            ("banner", .null),
            ("banner_height", .null),
            ("banner_text", .string(bannerText)),
            ("banner_link", .null),
            ("style", .string(style)),
            ("status", .int(status)),
            ("approved", .bool(approved)),
            ("is_manager", .bool(true)),
            ("is_volunteer", .bool(false)),
            ("is_commercial", .bool(true)),
            ("can_join", .bool(canJoin)),
            ("can_apply", .bool(canApply)),
            ("last_payer_changed_at", .null),
        ])
    }
}
