/// `cache on|off|clear`: the client's response cache, for all spaces or the selected space.
struct CacheCommand: Command {
    let name = "cache"
    let topic = CommandTopic.session
    let summary = "turn the response cache on or off, or clear it"
    let usage = "cache on|off|clear   |   space NAME | cache on|off|clear"
    let details = "The cache is on by default and keeps answers per space so repeated questions cost no requests. Alone it affects every space; after `space NAME |` only that space."
    let examples = ["cache off", "cache clear", "space \"Big Project\" | cache clear"]
    let argumentCount = 1...1

    func run(_ call: CommandCall) async throws -> PipelineValue {
        let word = try call.text(0).lowercased()
        let spaces: [Record?] = call.input.scope.spaces ?? [nil]
        for space in spaces {
            switch word {
            case "on": try await call.context.backend.setCache(enabled: true, space: space)
            case "off": try await call.context.backend.setCache(enabled: false, space: space)
            case "clear": try await call.context.backend.clearCache(space: space)
            default: throw call.usageError("`cache` takes on, off or clear", at: call.range(ofArgument: 0))
            }
        }
        return call.output(.none)
    }
}
