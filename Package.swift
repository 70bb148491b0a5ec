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
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", exact: "2.1.1"),
        .package(url: "https://github.com/vapor/postgres-nio.git", exact: "1.33.2"),
    ],
    targets: [
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        .target(name: "MissionKPI", dependencies: ["CYAML", "CCrypto"]),
        .target(
            name: "MissionKPIStore",
            dependencies: ["MissionKPI", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "MissionKPIStorePostgres",
            dependencies: ["MissionKPI", "MissionKPIStore", .product(name: "PostgresNIO", package: "postgres-nio")]
        ),
        .target(
            name: "MissionKPIPublish",
            dependencies: [
                "MissionKPI", "MissionKPIStore",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Templates")]
        ),
        .executableTarget(
            name: "missionkpi",
            dependencies: [
                "MissionKPI", "MissionKPIStore", "MissionKPIStorePostgres", "MissionKPIPublish",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "missionkpi-bench",
            dependencies: ["MissionKPI", "MissionKPIStore", "MissionKPIStorePostgres", "MissionKPIPublish", "CYAML"],
            path: "Benchmarks/missionkpi-bench"
        ),
        .testTarget(name: "MissionKPITests", dependencies: ["MissionKPI"], exclude: ["Golden"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "MissionKPIStoreTests", dependencies: ["MissionKPIStore", "MissionKPIStorePostgres"],
            exclude: ["schema.sql", "schema-postgres.sql"]),
        .testTarget(name: "MissionKPIPublishTests", dependencies: ["MissionKPIPublish"], exclude: ["Golden"]),
        .testTarget(name: "missionkpiTests", dependencies: ["MissionKPI"]),
    ]
)
