import Assembla

/// The names a field's values come from (a space's statuses, users, milestones; the tool
/// types), so a `field=NAME` filter that matches nothing can say whether NAME exists at all.
enum NameDomain: Sendable, Equatable {
    case status, user, milestone, tool

    /// The domain of `field` in records of `kind` as the field schema gives it, nil when its
    /// values are free text.
    init?(kind: RecordKind, field: String) {
        guard let domain = kind.fields.first(where: { $0.name == field })?.names else { return nil }
        self = domain
    }

    /// What one name is called in the warning.
    var noun: String {
        switch self {
        case .status: "status"
        case .user: "user"
        case .milestone: "milestone"
        case .tool: "tool"
        }
    }

    /// Every name in the domain for `spaces` (users by login and by name).
    func names(in spaces: [Record], lookups: Lookups, backend: any QueryBackend) async throws -> [String] {
        var names: [String] = []
        switch self {
        case .status:
            for space in spaces { names += try await backend.statuses(space: space).compactMap { $0.text("name") } }
        case .user:
            for space in spaces {
                for user in try await lookups.users(of: space) { names += [user.text("login"), user.text("name")].compactMap { $0 } }
            }
        case .milestone:
            for space in spaces { names += try await lookups.milestones(of: space).compactMap { $0.text("title") } }
        case .tool:
            names = ToolType.known.map(\.name)
        }
        return names
    }
}

extension CommandCall {
    /// Warns on standard error about each `field=NAME` (or `!=`) filter on a field with a known
    /// domain when no record has NAME and the domain has no such name: `warning: no status is
    /// named "Tset"; did you mean `Test`?`. The result stays what it is (scripts keep working).
    func warnAboutUnknownNames(_ condition: Condition, kind: RecordKind, records: [Record], consumed: Set<String>) async {
        for comparison in condition.comparisons where comparison.op == .equal || comparison.op == .notEqual {
            guard !consumed.contains(comparison.field), let domain = NameDomain(kind: kind, field: comparison.field),
                  let value = try? value(of: comparison.value), value.isText else { continue }
            let name = value.plainText
            if domain == .user, comparison.value.kind == .word("me") { continue }
            if name.isEmpty || records.contains(where: { ValueComparison.holds($0[comparison.field] ?? .null, .equal, value) }) {
                continue
            }
            guard let spaces = try? await spacesForNames(records), let known = try? await domain.names(
                in: spaces, lookups: context.lookups, backend: context.backend) else { continue }
            if known.contains(where: { $0.caseInsensitiveCompare(name) == .orderedSame }) { continue }
            let hint = Diagnostic.didYouMean(name, known).map { "; " + $0 } ?? ""
            context.warn("warning: no \(domain.noun) is named \"\(name)\"\(hint) (`\(comparison.field)` matched nothing)")
        }
    }

    /// The spaces whose names a warning considers: those in scope, else those of the records.
    private func spacesForNames(_ records: [Record]) async throws -> [Record] {
        if let spaces = input.scope.spaces { return spaces }
        let ids = Set(records.compactMap { $0.text("space_id") })
        let all = try await context.lookups.spaces()
        return ids.isEmpty ? all : all.filter { $0.text("id").map(ids.contains) ?? false }
    }
}
