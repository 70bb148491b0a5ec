import Foundation
import MissionKPIStore
import Testing

@testable import MissionKPIStorePostgres

/// The tracker backends the shared suite runs against: every parameterised store test runs once per backend.
enum Backend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { rawValue }
}

/// The PostgreSQL test server: `MISSIONKPI_TEST_PG_URL` (a role that may create databases), as
/// `scripts/pg-test-cluster.sh start` exports it. Without it a PostgreSQL test is skipped with a line
/// naming it, except under CI (`CI` set), where it fails: CI must run them.
enum TestServer {
    static let environment = ProcessInfo.processInfo.environment
    static let url: String? = environment["MISSIONKPI_TEST_PG_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static var isCI: Bool { environment["CI"].map { !$0.isEmpty && $0 != "false" && $0 != "0" } ?? false }

    struct Missing: Error, CustomStringConvertible {
        var description =
            "MISSIONKPI_TEST_PG_URL is not set, and CI must run the PostgreSQL tests: start a server with scripts/pg-test-cluster.sh start"
    }

    /// The admin URL, or: under CI an error, elsewhere a skip with a plain message naming the test.
    static func require() throws -> PostgresAddress {
        guard let url else {
            if isCI { throw Missing() }
            let name = Test.current.map { "\($0.name)" } ?? "a test"
            FileHandle.standardError.write(
                Data("skipped on PostgreSQL: \(name) (no MISSIONKPI_TEST_PG_URL; scripts/pg-test-cluster.sh start runs a server)\n".utf8))
            try Test.cancel("no PostgreSQL test server (MISSIONKPI_TEST_PG_URL)")
        }
        guard case .postgres(let address) = try TrackerAddress.parse(url) else { throw Missing() }
        return address
    }

    /// A connection to the server's administrative database.
    static func admin() throws -> PGConnection {
        let address = try require()
        return try PGConnection(address, password: PGPass.password(for: address))
    }
}

/// A database of its own on the test server, dropped (with any connection to it) when released.
final class TestDatabase: @unchecked Sendable {
    let name: String
    let address: PostgresAddress
    var url: String { address.description }

    init() throws {
        var address = try TestServer.require()
        name = "mk_test_" + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
        let admin = try TestServer.admin()
        defer { admin.close() }
        try admin.query("CREATE DATABASE \(name) TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'")
        address.database = name
        self.address = address
    }

    deinit {
        guard let admin = try? TestServer.admin() else { return }
        _ = try? admin.query("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        admin.close()
    }

    /// A connection to this database (to look at it, or to break it, as another session would).
    func connect() throws -> PGConnection {
        try PGConnection(address, password: PGPass.password(for: address))
    }

    /// The server sessions of missionkpi on this database, other than `connection`'s.
    func sessions(besides connection: PGConnection) throws -> [Int32] {
        try connection.query(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name = 'missionkpi'"
        ).map { try $0.decode(Int32.self) }
    }

    /// Waits (up to 30 s) until no other missionkpi session is connected: a killed client's session
    /// has ended, its transaction rolled back or committed.
    func waitForOtherSessions() throws {
        let c = try connect()
        defer { c.close() }
        let deadline = Date().addingTimeInterval(30)
        while try !sessions(besides: c).isEmpty && Date() < deadline { usleep(20_000) }
    }
}
