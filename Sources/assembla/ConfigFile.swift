import Foundation

/// The config file: `key = value` lines (url, api_key, api_secret, token, timeout); `#` starts a
/// comment; values may be quoted. Refused when group or others may read it.
struct ConfigFile: Sendable, Equatable {
    /// The keys and values, keys lower-cased.
    let values: [String: String]

    /// The keys the file may hold, with the environment variable each stands for.
    static let keys = ["url": "ASSEMBLA_URL", "api_key": "ASSEMBLA_API_KEY",
                       "api_secret": "ASSEMBLA_API_SECRET", "token": "ASSEMBLA_TOKEN", "timeout": "ASSEMBLA_TIMEOUT"]

    /// `$XDG_CONFIG_HOME/assembla/config`, else `~/.config/assembla/config`.
    static func defaultURL(environment: [String: String]) -> URL {
        let base: URL
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            base = URL(fileURLWithPath: xdg, isDirectory: true)
        } else {
            base = URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory(), isDirectory: true)
                .appendingPathComponent(".config")
        }
        return base.appendingPathComponent("assembla/config")
    }

    /// Reads the file; nil when it does not exist. Throws `ShellError` (exit 2) when group
    /// or others can read it (with the chmod that fixes it), or a line is not understood.
    static func load(from url: URL) throws -> ConfigFile? {
        var status = stat()
        guard stat(url.path, &status) == 0 else {
            if errno == ENOENT { return nil }
            throw ShellError.usage("cannot read \(url.path): \(String(cString: strerror(errno)))")
        }
        if (status.st_mode & S_IFMT) == S_IFDIR {
            throw ShellError.usage("cannot read the config file \(url.path): it is a directory")
        }
        let mode = status.st_mode & 0o777
        guard mode & 0o077 == 0 else {
            throw ShellError.usage("""
                refusing to read \(url.path): it holds credentials and is readable by others \
                (mode \(String(mode, radix: 8))); fix it with: chmod 600 \(url.path)
                """)
        }
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ShellError.usage("cannot read \(url.path): \(error.localizedDescription)")
        }
        return try parse(text, path: url.path)
    }

    /// Parses `key = value` lines; unknown keys and lines without `=` are errors naming the line.
    static func parse(_ text: String, path: String) throws -> ConfigFile {
        var values: [String: String] = [:]
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let equals = line.firstIndex(of: "=") else {
                throw ShellError.usage("\(path):\(number + 1): expected `key = value`")
            }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            guard keys[key] != nil else {
                let known = keys.keys.sorted().joined(separator: ", ")
                throw ShellError.usage("\(path):\(number + 1): unknown key \"\(key)\" (keys are: \(known))")
            }
            let raw = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard let value = unquoted(raw) else {
                throw ShellError.usage("\(path):\(number + 1): unterminated quote in the value of \"\(key)\"")
            }
            if key == "timeout", !(Double(value).map { $0 > 0 && $0 <= 86_400 } ?? false) {
                throw ShellError.usage("\(path):\(number + 1): timeout must be a number of seconds from 0 to 86400")
            }
            values[key] = value
        }
        return ConfigFile(values: values)
    }

    /// Whether the file gives a key and secret, or a token.
    var hasCredentials: Bool {
        (values["api_key"] != nil && values["api_secret"] != nil) || values["token"] != nil
    }

    /// The values under the names of the environment variables they stand for.
    var environmentEquivalent: [String: String] {
        Dictionary(uniqueKeysWithValues: values.compactMap { key, value in Self.keys[key].map { ($0, value) } })
    }

    /// The value without its quotes; nil when a quote opens and does not close.
    private static func unquoted(_ value: String) -> String? {
        for quote in ["\"", "'"] where value.hasPrefix(quote) {
            guard value.count >= 2, value.hasSuffix(quote) else { return nil }
            return String(value.dropFirst().dropLast())
        }
        return value
    }
}
