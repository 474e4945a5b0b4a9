// swift-tools-version:6.2
import PackageDescription

// A package as a library user writes it: it depends on the `Assembla` product alone (default
// traits off, so none of the shell's or sandbox's dependencies are resolved or built) and on
// swift-http-types, whose `HTTPRequest` lives beside `Assembla.HTTPRequest`.
// scripts/test builds and tests it; its sandbox test runs the `assembla-sandbox` binary that
// the main package built (or the one named by ASSEMBLA_SANDBOX).
let package = Package(
    name: "ConsumerPackage",
    platforms: [.macOS(.v14), .iOS(.v16), .tvOS(.v16), .watchOS(.v9), .visionOS(.v1)],
    dependencies: [
        .package(name: "assembla-swift", path: "../..", traits: []),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
    ],
    targets: [
        .target(
            name: "ConsumerApp",
            dependencies: [
                .product(name: "Assembla", package: "assembla-swift"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .testTarget(name: "ConsumerTests", dependencies: ["ConsumerApp"]),
    ],
    swiftLanguageModes: [.v6]
)
