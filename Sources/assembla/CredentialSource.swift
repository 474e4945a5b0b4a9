import Assembla
import Foundation

/// Where credentials and the server come from, first match wins: the environment
/// (`ASSEMBLA_API_KEY` + `ASSEMBLA_API_SECRET` or `ASSEMBLA_TOKEN`, `ASSEMBLA_URL`), else
/// the config file (`$XDG_CONFIG_HOME/assembla/config`), which is refused when group or
/// others can read it. `ASSEMBLA_URL` also overrides the file's `url`.
enum CredentialSource {
    /// The variables that carry credentials.
    static let credentialVariables = ["ASSEMBLA_API_KEY", "ASSEMBLA_API_SECRET", "ASSEMBLA_TOKEN"]

    /// The client configuration from the environment or the config file.
    static func configuration(environment: [String: String], useCache: Bool) throws -> AssemblaConfiguration {
        var merged = environment
        let hasEnvironmentCredentials = credentialVariables.contains { !(environment[$0] ?? "").isEmpty }
        let configURL = ConfigFile.defaultURL(environment: environment)
        if !hasEnvironmentCredentials {
            guard let file = try ConfigFile.load(from: configURL), file.hasCredentials else {
                throw ShellError.usage(missingCredentialsMessage(configPath: configURL.path))
            }
            for (name, value) in file.environmentEquivalent where merged[name, default: ""].isEmpty {
                merged[name] = value
            }
        }
        do {
            return try AssemblaConfiguration.fromEnvironment(merged, useCache: useCache)
        } catch {
            throw ShellError.usage("\(error)")
        }
    }

    /// Checks a server URL given by `origin` (e.g. `--url`); a trailing `/v1` is dropped.
    static func serverURL(_ text: String, origin: String) throws -> URL {
        do {
            return try AssemblaConfiguration.serverRoot(from: text, origin: origin)
        } catch {
            throw ShellError.usage("\(origin) \"\(text)\" is not an http(s) URL")
        }
    }

    static func missingCredentialsMessage(configPath: String) -> String {
        """
        no Assembla credentials.
          Set ASSEMBLA_API_KEY and ASSEMBLA_API_SECRET (or ASSEMBLA_TOKEN), and ASSEMBLA_URL for a server
          other than https://api.assembla.com;
          or write them to \(configPath) (chmod 600) as lines:
            api_key = …
            api_secret = …
            url = https://api.assembla.com
          or try the built-in sandbox: assembla --sandbox
        """
    }
}
