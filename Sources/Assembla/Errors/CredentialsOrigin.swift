/// Where a client's credentials came from: they decide what an authentication error tells
/// the user to check (a library user is not told about environment variables).
public enum CredentialsOrigin: Sendable, Hashable {
    /// Given in code (`AssemblaClient(credentials:)`, ``AssemblaConfiguration``).
    case code
    /// Read from `ASSEMBLA_API_KEY`/`ASSEMBLA_API_SECRET` or `ASSEMBLA_TOKEN` by `fromEnvironment`.
    case environment
}
