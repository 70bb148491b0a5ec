import Foundation
import MissionKPIStore
import Testing

@testable import MissionKPIStorePostgres

/// `--db` and `tracker.url`: a path stays SQLite, a URL is parsed as psql would, a password is never
/// accepted in it nor shown; the password comes from PGPASSWORD or ~/.pgpass, by libpq's rules.
@Suite struct TrackerAddressTests {
    func postgres(_ text: String, _ env: [String: String] = [:]) throws -> PostgresAddress {
        guard case .postgres(let a) = try TrackerAddress.parse(text, environment: env) else { throw TrackerError.badAddress(text, "not a URL") }
        return a
    }

    func reason(_ text: String) -> String {
        do {
            _ = try TrackerAddress.parse(text, environment: [:])
            return "accepted"
        } catch {
            return error.localizedDescription
        }
    }

    @Test func aPathOrNothingKeepsSQLite() throws {
        #expect(try TrackerAddress.parse("t.sqlite") == .file("t.sqlite"))
        #expect(try TrackerAddress.parse("/tmp/x/postgres.sqlite") == .file("/tmp/x/postgres.sqlite"))
        #expect(try TrackerAddress.parse("./postgresql://odd") == .file("./postgresql://odd"))
    }

    @Test func aURLGivesEveryPartAndTheDefaultsPsqlWouldUse() throws {
        let a = try postgres("postgresql://kpi@db.example:6543/missionkpi?sslmode=require&connect_timeout=3")
        #expect((a.user, a.host, a.port, a.database, a.sslMode, a.connectTimeout) == ("kpi", "db.example", 6543, "missionkpi", .require, 3))
        #expect(a.description == "postgresql://kpi@db.example:6543/missionkpi?sslmode=require")
        let d = try postgres("postgres://", ["PGUSER": "ann", "PGHOST": "h", "PGPORT": "5433"])
        #expect((d.user, d.host, d.port, d.database, d.sslMode) == ("ann", "h", 5433, "ann", .prefer))
        let v6 = try postgres("postgresql://u@[::1]:5/d%20b")
        #expect((v6.host, v6.port, v6.database) == ("::1", 5, "d b"))
        #expect(v6.description == "postgresql://u@[::1]:5/d%20b")
    }

    @Test func aMalformedURLSaysWhatIsWrongAndNeverShowsAPassword() {
        #expect(reason("postgresql://ann:s3cret@db/k").contains("holds a password"))
        #expect(!reason("postgresql://ann:s3cret@db/k").contains("s3cret"))
        #expect(reason("postgresql://ann:s3cret@db/k").contains("postgresql://ann:****@db/k"))
        #expect(!reason("postgresql://a@db/k?password=s3cret").contains("s3cret"))
        #expect(reason("postgresql://a@db:99999/k").contains("the port '99999' is not a number from 1 to 65535"))
        #expect(reason("postgresql://a@db:x/k").contains("the port 'x'"))
        #expect(reason("postgresql://a@db/k?sslmode=maybe").contains("sslmode 'maybe' is not one of disable, prefer, require, verify-full"))
        #expect(reason("postgresql://a@db/k?fast=yes").contains("the option 'fast' is not supported"))
        #expect(reason("postgresql://a@h1,h2/k").contains("several hosts"))
        #expect(reason("postgresql:db").contains("starts with postgresql://"))
        #expect(reason("mysql://a@db/k").contains("'mysql' is not a database this tool can use"))
        #expect(reason("").contains("it is empty"))
        for text in ["postgresql://a@db:x/k", "postgresql://ann:pw@db/k"] {
            #expect(!reason(text).contains("\n"), "one line")
        }
    }

    @Test func thePasswordComesFromPGPASSWORDThenTheFirstMatchingPgpassLine() throws {
        let a = try postgres("postgresql://kpi@db.example:6543/missionkpi")
        #expect(PGPass.password(for: a, environment: ["PGPASSWORD": "from-env", "PGPASSFILE": "/nonexistent"]).password == "from-env")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/pgpass"
        try """
        # comment
        other.example:*:*:*:wrong
        db.example:6543:missionkpi:someone:wrong
        db.example:*:mission\\:kpi:kpi:escaped\\:colon
        *:6543:*:kpi:p\\\\w:ignored
        *:*:*:*:last
        """.write(toFile: file, atomically: true, encoding: .utf8)
        chmod(file, 0o600)
        #expect(PGPass.password(for: a, environment: ["PGPASSFILE": file]).password == "p\\w")
        var b = a
        b.database = "mission:kpi"
        #expect(PGPass.password(for: b, environment: ["PGPASSFILE": file]).password == "escaped:colon")
        b.user = "nobody"
        #expect(PGPass.password(for: b, environment: ["PGPASSFILE": file]).password == "last")
        #expect(PGPass.password(for: a, environment: ["HOME": folder]).password == nil)  // no ~/.pgpass there

        chmod(file, 0o644)
        let ignored = PGPass.password(for: a, environment: ["PGPASSFILE": file])
        #expect(ignored.password == nil && ignored.hint.contains("chmod 600"))
    }
}
