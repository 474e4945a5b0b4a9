import AssemblaSandbox
import Foundation
import Testing

extension EndToEnd {
    @Suite("credentials and the config file")
    struct ConfigurationTests {
        @Test("no credentials anywhere: exit 2 with what to set, where the config file goes, and --sandbox")
        func missingCredentials() async throws {
            let shell = try Shell()
            let result = try await shell.run(["-c", "me"])
            #expect(result.status == 2, "\(result)")
            #expect(result.stdout.isEmpty)
            for text in ["ASSEMBLA_API_KEY", "ASSEMBLA_API_SECRET", "ASSEMBLA_TOKEN", shell.home.configFile.path, "--sandbox"] {
                #expect(result.stderr.contains(text), "missing \(text):\n\(result.stderr)")
            }
        }

        @Test("a key without a secret names the missing variable")
        func halfCredentials() async throws {
            let result = try await Shell().run(["-c", "me"], environment: ["ASSEMBLA_API_KEY": "k"])
            #expect(result.status == 2, "\(result)")
            #expect(result.stderr.contains("ASSEMBLA_API_SECRET"))
            #expect(!result.stderr.contains("\"k\""))
        }

        static func configText(_ sandbox: SandboxServer, url: String? = nil) -> String {
            """
            # Assembla shell
            url = \(url ?? sandbox.baseURL.absoluteString)
            api_key = \(sandbox.configuration.credentials.key)
            api_secret = "\(sandbox.configuration.credentials.secret)"
            """
        }

        @Test("a config file that group or others can read is refused, with the chmod that fixes it",
              arguments: [0o644, 0o640, 0o604])
        func refusesReadableConfig(mode: Int) async throws {
            try await Sandboxes.with { sandbox in
                let shell = try Shell()
                try shell.home.writeConfig(Self.configText(sandbox), mode: mode)
                let result = try await shell.run(["-c", "me | get login"])
                #expect(result.status == 2, "\(result)")
                #expect(result.stderr.contains("chmod 600 \(shell.home.configFile.path)"), "\(result.stderr)")
                #expect(!result.stderr.contains(sandbox.configuration.credentials.secret))
                #expect(await sandbox.requests().isEmpty)
            }
        }

        @Test("a config file with mode 0600 is read: url, api_key, api_secret")
        func readsPrivateConfig() async throws {
            try await Sandboxes.with { sandbox in
                let shell = try Shell()
                try shell.home.writeConfig(Self.configText(sandbox), mode: 0o600)
                let result = try await shell.run(["-c", "me | get login"])
                #expect(result.status == 0, "\(result)")
                #expect(result.stdout == "alice\n")
            }
        }

        @Test("a token in the config file works too, and --url overrides the file's url")
        func tokenAndURLOverride() async throws {
            try await Sandboxes.with { sandbox in
                let shell = try Shell()
                try shell.home.writeConfig("url = http://127.0.0.1:9\ntoken = \(sandbox.configuration.credentials.token)\n", mode: 0o600)
                let result = try await shell.run(["--url", sandbox.baseURL.absoluteString, "-c", "me | get login"])
                #expect(result.status == 0, "\(result)")
                #expect(result.stdout == "alice\n")
            }
        }

        @Test("a config file line that is not understood is an error naming file and line")
        func badConfigLine() async throws {
            let shell = try Shell()
            try shell.home.writeConfig("api_key = k\npasword = x\n", mode: 0o600)
            let result = try await shell.run(["-c", "me"])
            #expect(result.status == 2, "\(result)")
            #expect(result.stderr.contains("\(shell.home.configFile.path):2"))
        }

        @Test("environment credentials win over the config file (which is then not read)")
        func environmentFirst() async throws {
            try await Sandboxes.with { sandbox in
                let shell = try Shell(sandbox: sandbox)
                try shell.home.writeConfig("token = wrong\n", mode: 0o644)
                let result = try await shell.run(["-c", "me | get login"])
                #expect(result.status == 0, "\(result)")
                #expect(result.stdout == "alice\n")
            }
        }

        @Test("an API error (wrong credentials) exits 1 with the status and without the secret")
        func wrongCredentials() async throws {
            try await Sandboxes.with { sandbox in
                let result = try await Shell(sandbox: sandbox).run(["-c", "me | get login"],
                                                                   environment: ["ASSEMBLA_API_SECRET": "not-the-secret-9f2"])
                #expect(result.status == 1, "\(result)")
                #expect(result.stderr.contains("401"), "\(result.stderr)")
                #expect(!result.stderr.contains("not-the-secret-9f2"))
            }
        }
    }
}
