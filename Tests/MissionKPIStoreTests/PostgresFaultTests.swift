import Foundation
import MissionKPI
import MissionKPIStore
import Testing

@testable import MissionKPIStorePostgres

/// What a person sees when the server is not what it should be: one line naming the server (never the
/// password), exit 1, and nothing half-written.
@Suite struct PostgresFaultTests {
    let q1 = "contract,kpi,period,value,note\nc-one,monthly-pct,2025-04,70,\nc-one,monthly-pct,2025-05,71,\nc-two,delivery,2025-04,5,\n"

    /// The one `error:` line of a failed command (its other lines, if any, are the file outcomes).
    func errorLine(_ stderr: String) -> String {
        stderr.split(separator: "\n").map(String.init).filter { $0.hasPrefix("error:") }.joined(separator: "\n")
    }

    @Test func aMalformedURLIsOneLineAndExitOne() throws {
        let f = try TrackerFixture()
        try f.write("q1.csv", q1)
        for (url, words) in [
            ("postgresql://kpi@db.example:70000/k", "the port '70000' is not a number from 1 to 65535"),
            ("postgresql://kpi:hunter2@db.example/k", "holds a password"),
            ("postgres://kpi@db.example/k?sslmode=sometimes", "sslmode 'sometimes'"),
        ] {
            let r = try Binary.run(["record", "--workspace", f.root, "--db", url, f.root + "/q1.csv"])
            #expect(r.exit == 1, "\(url)")
            #expect(errorLine(r.stderr).contains(words) && !errorLine(r.stderr).contains("\n"), "\(r.stderr)")
            #expect(!r.stderr.contains("hunter2"))
        }
        #expect(!FileManager.default.fileExists(atPath: f.dbPath))
    }

    @Test func aServerThatIsDownIsNamedAndNothingIsCreated() throws {
        let f = try TrackerFixture()
        try f.write("q1.csv", q1)
        let port = try unusedPort()
        let url = "postgresql://kpi@127.0.0.1:\(port)/missionkpi"
        for args in [["record", "--workspace", f.root, "--db", url, f.root + "/q1.csv"], ["observations", "--workspace", f.root, "--db", url]] {
            let r = try Binary.run(args)
            #expect(r.exit == 1)
            #expect(
                errorLine(r.stderr) == "error: the tracker at \(url): cannot connect to 127.0.0.1:\(port): connection refused (is the server running and listening there?)",
                "\(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: f.dbPath))
    }

    @Test func aWrongPasswordIsNamedWithoutThePassword() throws {
        guard let url = TestServer.environment["MISSIONKPI_TEST_PG_PASSWORD_URL"], let right = TestServer.environment["MISSIONKPI_TEST_PG_PASSWORD"]
        else {
            _ = try TestServer.require()  // fails under CI, skips elsewhere when there is no server
            if TestServer.isCI { throw TestServer.Missing(description: "MISSIONKPI_TEST_PG_PASSWORD_URL is not set") }
            try Test.cancel("no password role on the test server (MISSIONKPI_TEST_PG_PASSWORD_URL)")
        }
        let f = try TrackerFixture()
        try f.write("q1.csv", q1)
        let wrong = try Binary.run(["record", "--workspace", f.root, "--db", url, f.root + "/q1.csv"], environment: ["PGPASSWORD": "not-the-password"])
        #expect(wrong.exit == 1)
        #expect(errorLine(wrong.stderr) == "error: the tracker at \(url): password authentication failed for user \"missionkpi_pw\"; check the password in PGPASSWORD", "\(wrong.stderr)")
        #expect(!wrong.stderr.contains("not-the-password"))

        // No password at all: the hint says where to put one.
        let none = try Binary.run(
            ["observations", "--workspace", f.root, "--db", url], environment: ["PGPASSWORD": "", "PGPASSFILE": f.root + "/none"])
        #expect(none.exit == 1 && errorLine(none.stderr).contains("set PGPASSWORD or add a line host:port:database:user:password to ~/.pgpass"), "\(none.stderr)")

        // The right one from ~/.pgpass (PGPASSFILE): the tracker is created and read.
        let pgpass = f.root + "/pgpass"
        guard case .postgres(let a) = try TrackerAddress.parse(url) else { return }
        try "\(a.host):\(a.port):*:\(a.user):\(right)\n".write(toFile: pgpass, atomically: true, encoding: .utf8)
        chmod(pgpass, 0o600)
        let database = try TestDatabase()
        var b = a
        b.database = database.name
        let own = b.description
        let admin = try database.connect()
        try admin.query("GRANT ALL ON SCHEMA public TO \(a.user)")
        admin.close()
        let right1 = try Binary.run(
            ["record", "--workspace", f.root, "--db", own, f.root + "/q1.csv"], environment: ["PGPASSWORD": "", "PGPASSFILE": pgpass])
        #expect(right1.exit == 0, "\(right1.stderr)")
        #expect(!right1.stderr.contains(right))
    }

    @Test func aDatabaseHoldingAnotherApplicationsTablesIsRefusedUntouched() throws {
        let f = try TrackerFixture(backend: .postgres)
        try f.write("q1.csv", q1)
        let c = try #require(f.postgres).connect()
        defer { c.close() }
        try c.query("CREATE TABLE invoices (id integer PRIMARY KEY, amount numeric)")
        try c.query("CREATE TABLE observation (id integer)")
        let r = try Binary.run(["record", "--workspace", f.root, "--db", f.db, f.root + "/q1.csv"])
        #expect(r.exit == 1)
        #expect(
            errorLine(r.stderr)
                == "error: the tracker at \(f.db): the database holds other tables (public.invoices, public.observation) and no MissionKPI tracker; give an empty database of its own (createdb missionkpi)",
            "\(r.stderr)")
        let tables = try c.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1").map {
            try $0.decode(String.self)
        }
        #expect(tables == ["invoices", "observation"])
    }

    /// The server ends the recording's session mid-write (pg_terminate_backend from another session):
    /// one line, exit 1, and the tracker holds the files committed before, whole, and nothing else.
    @Test func aConnectionDroppedMidRecordLeavesWholeFilesOnly() throws {
        let contracts = 60
        let f = try TrackerFixture(generated: contracts, backend: .postgres)
        var files: [String] = []
        for i in 0..<6 {
            try f.write("r\(i).csv", TrackerFixture.generatedReturns(contracts: contracts, shift: Double(i) / 10))
            files.append(f.root + "/r\(i).csv")
        }
        let rows = contracts * 6 * 84
        _ = try f.tracker()  // the schema exists, as after an earlier record
        let db = try #require(f.postgres)
        let watcher = try db.connect()
        defer { watcher.close() }
        let child = try Binary.Child(["record", "--workspace", f.root, "--db", f.db] + files)
        // Wait until it is writing (it holds a group's advisory locks on contracts), then end its session.
        var terminated = false
        let deadline = Date().addingTimeInterval(60)
        while !terminated && child.process.isRunning && Date() < deadline {
            let writing = try watcher.query(
                """
                SELECT l.pid FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                WHERE l.locktype = 'advisory' AND l.classid = \(PostgresTracker.contractLock) AND a.datname = current_database()
                    AND a.application_name = 'missionkpi'
                """
            ).map { try $0.decode(Int32.self) }
            if let pid = writing.first {
                usleep(UInt32.random(in: 0...150_000))
                terminated = try watcher.query("SELECT pg_terminate_backend(\(pid))").first?.decode(Bool.self) ?? false
            } else {
                usleep(2_000)
            }
        }
        let r = child.finish()
        try #require(terminated, "the record finished before its session could be ended: \(r.stderr)")
        #expect(r.exit == 1)
        let line = errorLine(r.stderr)
        #expect(line.hasPrefix("error: the tracker at \(f.db): "), "\(r.stderr)")
        #expect(!line.contains("\n"))
        try f.waitForOtherSessions()
        let tracker = try f.tracker(create: false)
        let counts = try tracker.counts()
        #expect(counts.files < 6 && counts.observations == counts.files * rows, "\(counts)")
        #expect(try tracker.integrityCheck() == "ok")
        // Recording again stores the rest, and only the rest.
        let again = try Binary.run(["record", "--workspace", f.root, "--db", f.db] + files)
        #expect(again.exit == 0, "\(again.stderr)")
        #expect(try tracker.counts() == (files: 6, observations: 6 * rows))
    }

    func unusedPort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) == 0 && getsockname(fd, $0, &len) == 0 }
        }
        guard bound else { throw TrackerFixture.FixtureError(description: "no free port") }
        return Int(UInt16(bigEndian: addr.sin_port))
    }
}
