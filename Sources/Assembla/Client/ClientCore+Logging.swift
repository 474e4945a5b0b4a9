#if Logging
import Logging
#endif

extension ClientCore {
    /// Where each attempt is reported: ``AssemblaConfiguration/onRequest`` and, with the
    /// `Logging` trait, ``AssemblaConfiguration/logger`` (both read for every request).
    static func requestSink(_ settings: Locked<AssemblaConfiguration>,
                            ids: Locked<Int>) -> @Sendable () -> (@Sendable (RequestLog) -> Void)? {
        {
            let configuration = settings.current
            let hook = configuration.onRequest
            #if Logging
            guard let logger = configuration.logger else { return hook }
            return { entry in
                hook?(entry)
                var id = 0
                ids.update { $0 += 1; id = $0 }
                log(entry, id: id, to: logger)
            }
            #else
            return hook
            #endif
        }
    }

    #if Logging
    /// One record for one attempt: the level from the outcome, the facts as metadata.
    static func log(_ entry: RequestLog, id: Int, to logger: Logger) {
        let level: Logger.Level
        switch entry.status {
        case nil: level = .warning
        case let status? where status == 429 || status >= 500: level = .notice
        case let status? where status >= 400: level = .info
        default: level = .debug
        }
        var metadata: Logger.Metadata = [
            "request-id": "\(id)", "method": "\(entry.method.rawValue)", "path": "\(entry.path)",
            "duration-ms": "\(entry.duration.components.seconds * 1000 + entry.duration.components.attoseconds / 1_000_000_000_000_000)",
        ]
        if let status = entry.status { metadata["status"] = "\(status)" }
        if let failure = entry.failure { metadata["failure"] = "\(failure)" }
        logger.log(level: level, "\(entry.description)", metadata: metadata)
    }
    #endif
}
