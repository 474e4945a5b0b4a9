// swift-tools-version:6.2
import PackageDescription

// Layers, arrows pointing one way:
//   Assembla (client library)  ←  AssemblaQuery (the language)  ←  assembla (shell)
//   LineEditing (pure editing logic + thin libedit layer over CEditLine)  ←  assembla
//   AssemblaSandbox (an Assembla-compatible loopback server) beside them; the shell
//   embeds it for `--sandbox`, the tests and benchmarks run against it over real HTTP.
let package = Package(
    name: "assembla-swift",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Assembla", targets: ["Assembla"]),
        .library(name: "AssemblaQuery", targets: ["AssemblaQuery"]),
        .library(name: "AssemblaSandbox", targets: ["AssemblaSandbox"]),
        .library(name: "LineEditing", targets: ["LineEditing"]),
        .executable(name: "assembla", targets: ["assembla"]),
        .executable(name: "assembla-sandbox", targets: ["assembla-sandbox"]),
        .executable(name: "assembla-bench", targets: ["assembla-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        // Used directly by the sandbox (they come with Hummingbird; declared because imported).
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
    ],
    targets: [
        // The client library: transport → endpoints → models → cache → façade.
        .target(name: "Assembla"),
        // The pipeline language: lexer → parser → AST → evaluator → commands → output.
        .target(name: "AssemblaQuery", dependencies: ["Assembla"]),
        // The Assembla-compatible HTTP server with seeded data.
        .target(
            name: "AssemblaSandbox",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
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
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "assembla-sandbox",
            dependencies: [
                "AssemblaSandbox",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "assembla-bench",
            dependencies: [
                "Assembla", "AssemblaQuery", "AssemblaSandbox",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "AssemblaTests", dependencies: ["Assembla", "AssemblaSandbox"]),
        .testTarget(name: "AssemblaSandboxTests", dependencies: ["AssemblaSandbox"]),
        .testTarget(name: "AssemblaQueryTests", dependencies: ["AssemblaQuery", "AssemblaSandbox"]),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        // Runs the built `assembla` and `assembla-sandbox` binaries (and the REPL through tmux).
        .testTarget(name: "EndToEndTests", dependencies: ["AssemblaSandbox"]),
    ],
    swiftLanguageModes: [.v6]
)
