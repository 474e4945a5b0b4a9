import Assembla

extension Session {
    /// A session over an Assembla client.
    ///
    /// With `options.dryRun` the client's `configuration.dryRun` is switched on and each write
    /// request (method, path, body) is printed through `output` instead of being sent.
    /// - Parameters:
    ///   - client: the library client (its cache is what `cache on|off|clear` controls).
    ///   - options: output format, interactivity, confirmation, dry run, colour, script arguments.
    public convenience init(client: AssemblaClient, options: SessionOptions = SessionOptions()) {
        self.init(backend: ClientBackend(client: client), options: options)
        if options.dryRun {
            let sink = DryRunSink(session: self)
            client.configuration.dryRun = true
            client.configuration.onDryRun = { request in sink.print("dry run: \(request)\n") }
        }
    }
}

/// Forwards dry-run lines to a session's current output without keeping the session alive.
private final class DryRunSink: Sendable {
    private weak let session: Session?

    init(session: Session) {
        self.session = session
    }

    func print(_ text: String) {
        session?.output(text)
    }
}
