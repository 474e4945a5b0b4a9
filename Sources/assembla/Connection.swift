import Assembla
import AssemblaSandbox
import Foundation

/// The client the session talks to, and the in-process sandbox behind it for `--sandbox`.
struct Connection: Sendable {
    /// What decides where to connect and how.
    struct Options: Sendable {
        var url: String?
        var useCache: Bool
        /// Whether hints from earlier runs are kept (`--no-hints` turns them off).
        var useHints: Bool = true
        var sandbox: Bool
        var verbose: Bool
        var environment: [String: String]
    }

    /// The configured client.
    let client: AssemblaClient
    /// The sandbox server started for `--sandbox`, if any.
    let sandboxServer: SandboxServer?
    /// The credentials the client sends (kept out of REPL history).
    let credentials: Credentials?

    /// Resolves credentials and the server (see `CredentialSource`), or starts the sandbox,
    /// and builds the client. Throws `ShellError` (exit 2) when nothing gives credentials.
    static func open(options: Options) async throws -> Connection {
        var configuration: AssemblaConfiguration
        var server: SandboxServer?
        if options.sandbox {
            let started: SandboxServer
            do {
                started = try await SandboxServer.start(SandboxConfiguration())
            } catch {
                throw ShellError.runtime("cannot start the sandbox: \(error)")
            }
            let credentials = started.configuration.credentials
            configuration = AssemblaConfiguration(credentials: .apiKey(key: credentials.key, secret: credentials.secret),
                                                  baseURL: started.baseURL, useCache: options.useCache)
            server = started
        } else {
            configuration = try CredentialSource.configuration(environment: options.environment, useCache: options.useCache)
            // The shell's credentials come from ASSEMBLA_* or its config file: a refusal says so.
            configuration.credentialsOrigin = .environment
        }
        if let url = options.url {
            configuration.baseURL = try CredentialSource.serverURL(url, origin: "--url")
        }
        if options.useHints, !options.sandbox,
           let file = HintStore.defaultFile(for: configuration.baseURL, environment: options.environment) {
            // The built-in sandbox is new each run: nothing to remember.
            configuration.hints = HintStore(file: file)
        }
        if options.verbose {
            configuration.onRequest = { log in
                Console.standardError("assembla: \(log)\n")
            }
        }
        return Connection(client: AssemblaClient(configuration: configuration), sandboxServer: server,
                          credentials: configuration.credentials)
    }

    /// Stops the sandbox, if one was started.
    func close() async {
        await sandboxServer?.stop()
    }
}
