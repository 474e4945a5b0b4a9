import Assembla

extension Session {
    /// A session over an Assembla client.
    ///
    /// With `options.dryRun` each write statement prepares its requests (the reads they need
    /// still run) and its result lists them — method, path, JSON body — instead of sending them.
    /// - Parameters:
    ///   - client: the library client (its cache is what `cache on|off|clear` controls).
    ///   - options: output format, interactivity, confirmation, dry run, colour, script arguments.
    public convenience init(client: AssemblaClient, options: SessionOptions = SessionOptions()) {
        self.init(backend: ClientBackend(client: client), options: options)
    }
}
