import Foundation
import MissionKPI
import Testing

@testable import MissionKPIStore

/// `missionkpi record`, `observations` and `history`, run as a person would.
@Suite struct RecordCommandTests {
    let q1 = "contract,kpi,period,value,note\nc-one,monthly-pct,2025-04,70,\nc-one,monthly-pct,2025-05,71,\nc-two,delivery,2025-04,5,\n"

    @Test(arguments: Backend.allCases)
    func recordWithoutPathsRecordsTheWorkspaceReturnsOnceThenSaysAlreadyRecorded(_ backend: Backend) throws {
        let f = try TrackerFixture(backend: backend)
        try f.write("Contracts/d/returns/2025-q1.csv", q1)
        let first = try Binary.run(["record", "--workspace", f.root] + f.cliDB)
        #expect(first.exit == 0)
        #expect(first.stderr.contains("Contracts/d/returns/2025-q1.csv: recorded 3 rows (3 new, 0 corrections, 0 unchanged)"))
        #expect(first.stdout.isEmpty)
        let again = try Binary.run(["record", "--workspace", f.root] + f.cliDB)
        #expect(again.exit == 0)
        #expect(again.stderr.contains("Contracts/d/returns/2025-q1.csv: already recorded at "))
        #expect(try f.tracker(create: false).counts() == (files: 1, observations: 3))
    }

    /// Re-recording unchanged files answers from the hashes alone: it does not need (or check) the workspace,
    /// while a workspace problem still stops a recording that has something new to store.
    @Test(arguments: Backend.allCases)
    func reRecordingUnchangedFilesDoesNotLoadTheWorkspace(_ backend: Backend) throws {
        let f = try TrackerFixture(backend: backend)
        try f.write("Contracts/d/returns/2025-q1.csv", q1)
        #expect(try Binary.run(["record", "--workspace", f.root] + f.cliDB).exit == 0)
        try f.write("Missions/broken.yaml", "id: [unclosed\n")
        let again = try Binary.run(["record", "--workspace", f.root] + f.cliDB)
        #expect(again.exit == 0, "\(again.stderr)")
        #expect(again.stderr.contains("Contracts/d/returns/2025-q1.csv: already recorded at "))
        try f.write("Contracts/d/returns/2025-q2.csv", "contract,kpi,period,value\nc-one,monthly-pct,2025-06,72\n")
        let changed = try Binary.run(["record", "--workspace", f.root] + f.cliDB)
        #expect(changed.exit == 1)
        #expect(changed.stderr.contains("Missions/broken.yaml:"))
        #expect(try f.tracker(create: false).counts() == (files: 1, observations: 3))
    }

    @Test(arguments: Backend.allCases)
    func everyProblemIsPrintedAsFileRowAndTheExitCodeIsOne(_ backend: Backend) throws {
        let f = try TrackerFixture(backend: backend)
        try f.write(
            "Contracts/d/returns/a-bad.csv", "contract,kpi,period,value\nc-one,monthly-pct,2025-04,70\nc-one,monthly-pc,2025-13,x\n")
        try f.write("Contracts/d/returns/b-good.csv", q1)
        let r = try Binary.run(["record", "--workspace", f.root] + f.cliDB)
        #expect(r.exit == 1)
        let lines = r.stderr.split(separator: "\n").map(String.init)
        #expect(
            lines.filter { $0.hasPrefix("Contracts/d/returns/a-bad.csv:3:") }.map { String($0.prefix(37)) } == [
                "Contracts/d/returns/a-bad.csv:3:2: er", "Contracts/d/returns/a-bad.csv:3:3: er", "Contracts/d/returns/a-bad.csv:3:4: er",
            ])
        #expect(r.stderr.contains("Contracts/d/returns/a-bad.csv: 3 problems; nothing from this file was stored"))
        #expect(r.stderr.contains("Contracts/d/returns/b-good.csv: recorded 3 rows"))
        #expect(try f.tracker(create: false).counts() == (files: 1, observations: 3))
    }

    @Test func aPathThatIsNotThereIsAnErrorAndDbPutsTheTrackerElsewhere() throws {
        let f = try TrackerFixture()
        try f.write("q1.csv", q1)
        let elsewhere = f.root + "/elsewhere/t.sqlite"
        let r = try Binary.run(["record", "--workspace", f.root, "--db", elsewhere, f.root + "/q1.csv", f.root + "/none.csv"])
        #expect(r.exit == 1)
        #expect(r.stderr.contains("none.csv: no such file or folder"))
        #expect(try Tracker(path: elsewhere, create: false).counts().observations == 3)
        #expect(!FileManager.default.fileExists(atPath: f.dbPath))
    }

    @Test(arguments: Backend.allCases)
    func csvOutputNeutralisesFormulasButKeepsPlainNumbers(_ backend: Backend) throws {
        let f = try TrackerFixture(backend: backend)
        try f.write(
            "r.csv",
            "contract,kpi,period,value,note\nc-two,delivery,2025-04,-3.5,\"=HYPERLINK(\"\"http://x\"\")\"\nc-two,delivery,2025-05,2,@SUM(A1)\nc-two,delivery,2025-06,1,+1-1\n"
        )
        #expect(try Binary.run(["record", "--workspace", f.root] + f.cliDB + [f.root + "/r.csv"]).exit == 0)
        let r = try Binary.run(["observations", "--workspace", f.root] + f.cliDB + ["--format", "csv"])
        #expect(r.exit == 0)
        let lines = r.stdout.components(separatedBy: "\r\n")
        #expect(lines[0] == "contract,kpi,period,period_start,period_end,value,note,version,current,file,row,sha256,recorded_at")
        #expect(lines[1].hasPrefix("c-two,delivery,2025-04,2025-04-01,2025-04-30,-3.5,\"'=HYPERLINK(\"\"http://x\"\")\",1,true,r.csv,2,"))
        #expect(lines[2].contains(",2,'@SUM(A1),1,true,"))
        #expect(lines[3].contains(",1,'+1-1,1,true,"))
    }

    @Test(arguments: Backend.allCases)
    func observationsAndHistoryListVersionsInEveryFormat(_ backend: Backend) throws {
        let f = try TrackerFixture(backend: backend)
        try f.write("a.csv", q1)
        try f.write("b.csv", "contract,kpi,period,value\nc-one,monthly-pct,2025-05,72\n")
        _ = try Binary.run(["record", "--workspace", f.root] + f.cliDB + [f.root + "/a.csv"])
        _ = try Binary.run(["record", "--workspace", f.root] + f.cliDB + [f.root + "/b.csv"])
        let text = try Binary.run(["history", "--workspace", f.root] + f.cliDB + ["c-one/monthly-pct"])
        #expect(text.exit == 0)
        let rows = text.stdout.split(separator: "\n").map {
            $0.split(separator: " ", omittingEmptySubsequences: true).prefix(6).joined(separator: " ")
        }
        #expect(
            rows == [
                "KPI PERIOD VALUE VERSION STATUS SOURCE", "c-one/monthly-pct 2025-04 70 v1 current a.csv:2",
                "c-one/monthly-pct 2025-05 71 v1 superseded a.csv:3", "c-one/monthly-pct 2025-05 72 v2 current (corrected)",
            ])
        let json = try Binary.run([
            "observations", "--workspace", f.root] + f.cliDB + ["--kpi", "c-one/monthly-pct", "--all-versions", "--format", "json",
        ])
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(parsed?.map { $0["value"] as? Double } == [70, 71, 72])
        #expect(parsed?.map { $0["current"] as? Bool } == [true, false, true])
        let current = try Binary.run(["observations", "--workspace", f.root] + f.cliDB + ["--contract", "c-one", "--format", "json"])
        #expect((try JSONSerialization.jsonObject(with: Data(current.stdout.utf8)) as? [Any])?.count == 2)
    }

    @Test(arguments: Backend.allCases)
    func historyOfAnUnknownKPISuggestsAndBadArgumentsAreUsageErrors(_ backend: Backend) throws {
        let f = try TrackerFixture(backend: backend)
        try f.write("a.csv", q1)
        _ = try Binary.run(["record", "--workspace", f.root] + f.cliDB + [f.root + "/a.csv"])
        let unknown = try Binary.run(["history", "--workspace", f.root] + f.cliDB + ["c-one/monthly-pc"])
        #expect(unknown.exit == 64)
        #expect(unknown.stderr.contains("did you mean 'c-one/monthly-pct'?"))
        #expect(try Binary.run(["history", "--workspace", f.root] + f.cliDB + ["no-slash"]).exit == 64)
        #expect(try Binary.run(["observations", "--workspace", f.root] + f.cliDB + ["--kpi", "a/b/c"]).exit == 64)
        let missing = try Binary.run(["observations", "--workspace", f.root, "--db", f.root + "/none.sqlite"])
        #expect(missing.exit == 1 && missing.stderr.contains("no tracker at"))
    }

    @Test func progressGoesToATerminalOnlyNeverToRedirectedOutputOrCI() throws {
        let f = try TrackerFixture(generated: 10)
        try f.write("big.csv", TrackerFixture.generatedReturns(contracts: 10))
        let redirected = try Binary.run(["record", "--workspace", f.root, "--db", f.root + "/a.sqlite", f.root + "/big.csv"])
        #expect(redirected.exit == 0)
        #expect(!redirected.stderr.contains("rows/s") && !redirected.stderr.contains("\r"))

        func underTerminal(_ db: String, ci: String?) throws -> String {
            guard let binary = Binary.path else { throw Binary.Missing() }
            let command = "'\(binary)' record --workspace '\(f.root)' --db '\(f.root)/\(db)' '\(f.root)/big.csv'"
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            p.arguments = ["-qec", command, "/dev/null"]
            var env = ProcessInfo.processInfo.environment
            env["CI"] = ci
            p.environment = env
            let out = Pipe()
            p.standardOutput = out
            p.standardInput = FileHandle.nullDevice
            try p.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
        let terminal = try underTerminal("b.sqlite", ci: nil)
        #expect(terminal.contains("rows/s") && terminal.contains("recording: "), "\(terminal)")
        #expect(terminal.contains("big.csv: recorded 5040 rows"))
        #expect(!(try underTerminal("c.sqlite", ci: "true")).contains("rows/s"))
    }

    @Test(arguments: Backend.allCases)
    func aCommandLineReaderWhileRecordWritesNeverFails(_ backend: Backend) throws {
        let f = try TrackerFixture(generated: 40, backend: backend)
        try f.write("big.csv", TrackerFixture.generatedReturns(contracts: 40))
        try f.write("small.csv", "contract,kpi,period,value\nc-two,delivery,2025-04,1\n")
        #expect(try Binary.run(["record", "--workspace", f.root] + f.cliDB + [f.root + "/small.csv"]).exit == 0)
        let writer = try Binary.Child(["record", "--workspace", f.root] + f.cliDB + [f.root + "/big.csv"])
        var reads = 0
        while writer.process.isRunning || reads == 0 {
            let r = try Binary.run(["observations", "--workspace", f.root] + f.cliDB + ["--contract", "c-two", "--format", "csv"])
            #expect(r.exit == 0 && !r.stderr.contains("locked"), "\(r.stderr)")
            reads += 1
        }
        #expect(writer.finish().exit == 0)
    }

    @Test func theSampleWorkspaceReturnsRecordCleanlyAndOnlyOnce() throws {
        var root = URL(fileURLWithPath: #filePath)
        while !FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) { root.deleteLastPathComponent() }
        let returns = ReturnsFinder.find([], workspaceRoot: root.path).inputs
        guard !returns.isEmpty else { return }  // a checkout without the sample
        let db = FileManager.default.temporaryDirectory.appendingPathComponent("sample-\(UUID().uuidString).sqlite").path
        defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + s) } }
        let first = try Binary.run(["record", "--workspace", root.path, "--db", db])
        #expect(first.exit == 0, "\(first.stderr)")
        #expect(first.stderr.contains("\(returns.count) files recorded"))
        let again = try Binary.run(["record", "--workspace", root.path, "--db", db])
        #expect(
            again.exit == 0
                && again.stderr.contains("0 files recorded (0 new values, 0 corrections, 0 unchanged), \(returns.count) already recorded"))
        #expect(try Tracker(path: db, create: false).counts().files == returns.count)
    }
}
