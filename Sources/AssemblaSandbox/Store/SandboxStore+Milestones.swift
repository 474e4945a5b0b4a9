import Foundation

extension SandboxStore {
    /// Milestones (reads).
    static var milestoneReadRoutes: [Route] {
        [
            Route("GET", "v1/spaces/:space/milestones") { try $0.listMilestones($1) { !$0.isCompleted } },
            Route("GET", "v1/spaces/:space/milestones/all") { try $0.listMilestones($1) { _ in true } },
            Route("GET", "v1/spaces/:space/milestones/upcoming") { try $0.listMilestones($1) { !$0.isCompleted } },
            Route("GET", "v1/spaces/:space/milestones/completed") { try $0.listMilestones($1) { $0.isCompleted } },
            Route("GET", "v1/spaces/:space/milestones/release_notes") {
                try $0.listMilestones($1) { !($0.releaseNotes ?? "").isEmpty }
            },
            Route("GET", "v1/spaces/:space/milestones/:id") { try $0.show($1, tool: 9, \.milestones, id: \.id) },
        ]
    }

    func listMilestones(_ request: APIRequest, where include: (MilestoneRecord) -> Bool) throws -> APIResponse {
        let s = try spaceIndex(request, tool: 9)
        let milestones = state.spaces[s].milestones.filter(include)
        return paged(milestones, request, defaultPerPage: nil) { $0.json }
    }
}
