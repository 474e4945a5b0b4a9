import Foundation

/// What earlier runs learned about an account that lets a read *start* sooner — never what
/// it answers: the spaces list as last read (so a space named in a statement can have its
/// reads started while the live list is still on its way, then checked against it), and which
/// page showed each list's end when last read through (so a whole read can ask for all its
/// pages at once, not ramp up to them). Not the page size a server serves: a short first page
/// is taken for a list's end by that size, which no later page checks, so it is known only
/// from pages of the same process (``ListMemory``).
///
/// Every hint is checked by the read that uses it: a wrong one costs requests, never a wrong
/// answer. It lives in one small JSON file (`0600`, in a `0700` directory, written atomically
/// by ``flush()`` when a hint changed, and when the store is released), one per server, so a
/// cron job or the prompt benefits from the run before it. The shell flushes after every
/// statement.
///
/// ```swift
/// var configuration = AssemblaConfiguration(credentials: credentials)
/// configuration.hints = HintStore(file: HintStore.defaultFile(for: configuration.baseURL, environment: ProcessInfo.processInfo.environment))
/// ```
public final class HintStore: Sendable, ListEndStore {
    /// The file the hints are kept in.
    public let file: URL
    private let hints: Locked<Hints>
    /// Whether the hints changed since they were last written.
    private let dirty = Locked(false)

    /// Lists whose length is remembered, at most (the least recently read are forgotten).
    static let maxLists = 500

    /// The hints kept in `file` (none yet when it is missing or unreadable; it is created
    /// with the first hint).
    public init(file: URL) {
        self.file = file
        hints = Locked(Self.load(file))
    }

    /// `$XDG_CACHE_HOME/assembla/hints/HOST[_PORT].json` (else `~/.cache/…`) for a server
    /// root; nil when neither variable gives an absolute directory.
    public static func defaultFile(for baseURL: URL, environment: [String: String]) -> URL? {
        let root: URL
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            root = URL(fileURLWithPath: xdg)
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            root = URL(fileURLWithPath: home).appendingPathComponent(".cache")
        } else {
            return nil
        }
        let host = (baseURL.host ?? "server").filter { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
        let name = baseURL.port.map { "\(host)_\($0)" } ?? host
        return root.appendingPathComponent("assembla/hints/\(name).json")
    }

    // MARK: Spaces

    /// The spaces list as last read, if it was.
    var spaces: [Space]? { hints.current.spaces }

    /// Keeps the spaces list just read.
    func remember(spaces: [Space]) {
        change { hints in
            guard hints.spaces != spaces else { return false }
            hints.spaces = spaces
            return true
        }
    }

    // MARK: Lists

    /// The page whose answer showed the end of `list` when it was last read to the end.
    func endPage(of list: String) -> Int? { hints.current.lists[list]?.end }

    /// Notes that page `end` showed the end of `list`.
    func remember(endPage end: Int, of list: String) {
        change { hints in
            hints.clock += 1
            let previous = hints.lists[list]?.end
            hints.lists[list] = Hints.ListEnd(end: end, read: hints.clock)
            if hints.lists.count > Self.maxLists {
                let oldest = hints.lists.sorted { $0.value.read < $1.value.read }.prefix(hints.lists.count - Self.maxLists)
                for (key, _) in oldest { hints.lists[key] = nil }
            }
            return previous != end
        }
    }

    // MARK: The file

    /// Writes the hints to ``file`` if they changed since the last write. A file that cannot
    /// be written leaves them in memory (they are only hints).
    public func flush() {
        dirty.update { changed in
            guard changed else { return }
            changed = false
            try? Self.save(hints.current, to: file)
        }
    }

    deinit { flush() }

    private func change(_ update: (inout Hints) -> Bool) {
        var changed = false
        hints.update { changed = update(&$0) }
        if changed { dirty.update { $0 = true } }
    }

    /// A larger file is not read (hints for 500 lists and a few thousand spaces are far smaller).
    static let maxFileSize = 16 << 20

    /// The hints in `file`, or none when it is missing, not a regular file (a FIFO would block
    /// the read), larger than ``maxFileSize``, unreadable, or of another version.
    private static func load(_ file: URL) -> Hints {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: file.path),
              attributes[.type] as? FileAttributeType == .typeRegular,
              let size = attributes[.size] as? NSNumber, size.intValue <= maxFileSize,
              let data = try? Data(contentsOf: file),
              let hints = try? JSONDecoder().decode(Hints.self, from: data), hints.version == Hints.currentVersion
        else { return Hints() }
        return hints
    }

    private static func save(_ hints: Hints, to file: URL) throws {
        let directory = file.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        // Also when it existed already (the attributes above apply only to a new one): the
        // atomic write creates the file with the umask's mode and narrows it after the rename.
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: directory.path)
        // The directory is the owner's alone, so the moment between the atomic write and
        // the narrowed permissions shows the file to nobody else.
        try JSONEncoder().encode(hints).write(to: file, options: .atomic)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
    }
}
