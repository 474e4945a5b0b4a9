// swift-tools-version:6.2
import PackageDescription

// Layers, arrows pointing one way:
//   Assembla (client library)  ←  AssemblaQuery (the language)  ←  assembla (shell)
//   LineEditing (pure editing logic + thin libedit layer over CEditLine)  ←  assembla
//   AssemblaSandbox (an Assembla-compatible loopback server) beside them; the shell
//   embeds it for `--sandbox`, the tests and benchmarks run against it over real HTTP.
//
// Footprint: a package that depends only on the `Assembla` product resolves and builds nothing
// else. Everything that needs more (the shell, the sandbox, the benchmarks: Hummingbird, NIO,
// ArgumentParser) sits behind the default-enabled `Tools` trait, which a consumer turns off with
// `.package(url: …, from: …, traits: [])`. The optional AsyncHTTPClient transport is behind the
// `AsyncHTTPClient` trait, off by default. Tests/ConsumerPackage proves it (scripts/test runs it).

/// Only when `trait` is enabled (dependencies of the shell, sandbox and benchmarks).
func when(_ trait: String) -> TargetDependencyCondition? { .when(traits: [trait]) }

let package = Package(
    name: "assembla-swift",
    // `Duration` (timeouts, retry back-off) needs these.
    platforms: [.macOS(.v14), .iOS(.v16), .tvOS(.v16), .watchOS(.v9), .visionOS(.v1)],
    products: [
        .library(name: "Assembla", targets: ["Assembla"]),
        .library(name: "AssemblaQuery", targets: ["AssemblaQuery"]),
        .library(name: "AssemblaSandbox", targets: ["AssemblaSandbox"]),
        .library(name: "LineEditing", targets: ["LineEditing"]),
        .executable(name: "assembla", targets: ["assembla"]),
        .executable(name: "assembla-sandbox", targets: ["assembla-sandbox"]),
        .executable(name: "assembla-bench", targets: ["assembla-bench"]),
        // A transport over AsyncHTTPClient; build with the `AsyncHTTPClient` trait enabled.
        .library(name: "AssemblaAsyncHTTPClient", targets: ["AssemblaAsyncHTTPClient"]),
    ],
    traits: [
        .trait(name: "Tools", description: "The shell, the sandbox and the benchmarks, with their dependencies (Hummingbird, NIO, ArgumentParser)."),
        .trait(name: "AsyncHTTPClient", description: "The AssemblaAsyncHTTPClient product: a transport over swift-server/async-http-client."),
        .trait(name: "Logging", description: "A swift-log Logger in AssemblaConfiguration (the library's only dependency, swift-log)."),
        .default(enabledTraits: ["Tools", "Logging"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        // Used directly by the sandbox (they come with Hummingbird; declared because imported).
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        // The sandbox stops gracefully through a ServiceGroup (it comes with Hummingbird).
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        // `swift package generate-documentation` (never needed by scripts/test).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        // Test-only: the property-based fuzz test of the language (issue 10).
        .package(url: "https://github.com/x-sheep/swift-property-based.git", exact: "2.0.1"),
    ],
    targets: [
        // The client library: transport → endpoints → models → cache → façade.
        .target(
            name: "Assembla",
            dependencies: [.product(name: "Logging", package: "swift-log", condition: when("Logging"))]
        ),
        // The pipeline language: lexer → parser → AST → evaluator → commands → output.
        .target(name: "AssemblaQuery", dependencies: ["Assembla"]),
        // The Assembla-compatible HTTP server with seeded data.
        .target(
            name: "AssemblaSandbox",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird", condition: when("Tools")),
                .product(name: "NIOCore", package: "swift-nio", condition: when("Tools")),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras", condition: when("Tools")),
                .product(name: "HTTPTypes", package: "swift-http-types", condition: when("Tools")),
                .product(name: "Logging", package: "swift-log", condition: when("Tools")),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle", condition: when("Tools")),
            ]
        ),
        // The optional AsyncHTTPClient transport (its sources compile only with the trait on).
        .target(
            name: "AssemblaAsyncHTTPClient",
            dependencies: [
                "Assembla",
                .product(name: "AsyncHTTPClient", package: "async-http-client", condition: when("AsyncHTTPClient")),
            ]
        ),
        // libedit, as a system library, behind a non-variadic shim.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // Line editing: buffer, history and completion as plain values, plus a thin libedit layer.
        .target(name: "LineEditing", dependencies: ["CEditLine"]),
        .executableTarget(
            name: "assembla",
            dependencies: [
                "AssemblaQuery", "LineEditing", "AssemblaSandbox",
                .product(name: "ArgumentParser", package: "swift-argument-parser", condition: when("Tools")),
            ]
        ),
        .executableTarget(
            name: "assembla-sandbox",
            dependencies: [
                "AssemblaSandbox",
                .product(name: "ArgumentParser", package: "swift-argument-parser", condition: when("Tools")),
            ]
        ),
        .executableTarget(
            name: "assembla-bench",
            dependencies: [
                "Assembla", "AssemblaSandbox",
                .product(name: "ArgumentParser", package: "swift-argument-parser", condition: when("Tools")),
            ]
        ),
        .testTarget(name: "AssemblaTests", dependencies: [
            "Assembla", "AssemblaSandbox", .product(name: "Logging", package: "swift-log", condition: when("Logging")),
        ]),
        // Test support: the `assembla-sandbox` binary as a process (its port read from --port-file).
        .target(name: "SandboxProcessSupport", path: "Tests/TestSupport"),
        .testTarget(name: "AssemblaSandboxTests", dependencies: ["AssemblaSandbox", "SandboxProcessSupport"]),
        .testTarget(
            name: "AssemblaQueryTests",
            dependencies: ["AssemblaQuery", "AssemblaSandbox", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        // Runs the built `assembla` and `assembla-sandbox` binaries (and the REPL through tmux).
        .testTarget(name: "EndToEndTests", dependencies: ["AssemblaSandbox", "SandboxProcessSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
