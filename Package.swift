// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "MissionKPI",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "missionkpi", targets: ["missionkpi"]),
        .library(name: "MissionKPI", targets: ["MissionKPI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift.git", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
        .package(url: "https://github.com/vapor/postgres-nio.git", exact: "1.33.2"),
    ],
    targets: [
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "MissionKPI", dependencies: ["CYAML", "CCrypto"]),
        .target(name: "MissionKPIGenerator", dependencies: ["MissionKPI"]),
        .target(
            name: "MissionKPIStore",
            dependencies: ["MissionKPI", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(name: "MissionKPIImport", dependencies: ["MissionKPI", "MissionKPIStore", "MissionKPIStorePostgres"]),
        .target(name: "MissionKPIHistory", dependencies: ["MissionKPI"]),
        .target(
            name: "MissionKPIStorePostgres",
            dependencies: ["MissionKPI", "MissionKPIStore", .product(name: "PostgresNIO", package: "postgres-nio")]
        ),
        .target(
            name: "MissionKPIPublish",
            dependencies: ["MissionKPI", "CZlib"]
        ),
        // One library entry point per command: the order of its steps and its threads; the CLI parses and prints.
        .target(
            name: "MissionKPICommands",
            dependencies: ["MissionKPI", "MissionKPIStore", "MissionKPIStorePostgres", "MissionKPIPublish", "MissionKPIHistory"]
        ),
        .executableTarget(
            name: "missionkpi",
            dependencies: [
                "MissionKPI", "MissionKPIStore", "MissionKPIStorePostgres", "MissionKPIPublish", "MissionKPIGenerator", "MissionKPIHistory",
                "MissionKPIImport", "MissionKPICommands",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "missionkpi-bench",
            dependencies: ["MissionKPI", "MissionKPIGenerator", "MissionKPIStore", "MissionKPIStorePostgres", "CYAML"],
            path: "Benchmarks/missionkpi-bench"
        ),
        // Fixtures shared by the tests of the core and of the reports (never part of a product).
        .target(name: "MissionKPITestSupport", dependencies: ["MissionKPI"], path: "Tests/MissionKPITestSupport"),
        .testTarget(name: "MissionKPITests", dependencies: ["MissionKPI", "MissionKPITestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "MissionKPIGeneratorTests", dependencies: ["MissionKPI", "MissionKPIGenerator"]),
        .testTarget(name: "MissionKPICommandsTests", dependencies: ["MissionKPI", "MissionKPIStore", "MissionKPIPublish", "MissionKPICommands"]),
        .testTarget(
            name: "MissionKPIStoreTests",
            dependencies: [
                "MissionKPI", "MissionKPIStore", "MissionKPIStorePostgres", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            exclude: ["schema.sql", "schema-postgres.sql"]),
        .testTarget(
            name: "MissionKPIImportTests", dependencies: ["MissionKPI", "MissionKPIStore", "MissionKPIImport"],
            exclude: ["ocdsmerge-compile.py"],  // run by OCDSMergeCrossCheckTests from the repository, not a resource
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "MissionKPIPublishTests",
            dependencies: ["MissionKPI", "MissionKPIStore", "MissionKPIPublish", "MissionKPIGenerator", "MissionKPITestSupport"],
            exclude: ["Golden", "OCDSSchemas"]),
        .testTarget(name: "MissionKPIHistoryTests", dependencies: ["MissionKPI", "MissionKPIHistory", "MissionKPIPublish"]),
        .testTarget(name: "missionkpiTests", dependencies: ["MissionKPI", "MissionKPIStore", "MissionKPIPublish"]),
    ]
)

// libFuzzer harnesses (Fuzz/, run by scripts/fuzz.sh and .ci/run): in the package only when
// MISSIONKPI_FUZZ is set, since they link only when built with -sanitize=fuzzer; `swift build` and
// `swift test` never see them.
if Context.environment["MISSIONKPI_FUZZ"] != nil {
    // The harnesses never reach a server: the fuzz build leaves the PostgreSQL backend (and SwiftNIO, many
    // minutes to build with the sanitizers) out of the importer, which then records into SQLite alone.
    for target in package.targets where target.name == "MissionKPIImport" {
        target.dependencies.removeAll {
            if case .byNameItem(let name, _) = $0 { return name == "MissionKPIStorePostgres" }
            return false
        }
        target.swiftSettings = [.define("MISSIONKPI_NO_POSTGRES")]
    }
    package.targets += [
        .target(name: "FuzzSupport", path: "Fuzz/FuzzSupport"),
        .target(
            name: "FuzzChecks",
            dependencies: ["MissionKPI", "MissionKPIStore", "FuzzSupport", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Fuzz/FuzzChecks"),
        .executableTarget(name: "fuzz-loader", dependencies: ["FuzzChecks", "MissionKPI"], path: "Fuzz/loader"),
        .executableTarget(name: "fuzz-returns", dependencies: ["FuzzChecks", "MissionKPI"], path: "Fuzz/returns"),
        .executableTarget(name: "fuzz-ocds", dependencies: ["FuzzChecks", "MissionKPI", "MissionKPIImport"], path: "Fuzz/ocds"),
    ]
}
