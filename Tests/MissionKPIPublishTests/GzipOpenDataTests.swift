import Foundation
import MissionKPI
import Testing

@testable import MissionKPIPublish

/// The gzipped JSON of the largest open-data tables: the same bytes as the plain JSON once `gunzip`ped,
/// whether the file stays in memory or spills to disk, and the same file on every run.
@Suite struct GzipOpenDataTests {
    /// `gzip -dc` of a file: what any reader of the `.json.gz` gets.
    static func gunzip(_ path: String) throws -> [UInt8] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/gzip")
        p.arguments = ["-dc", path]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "gzip -t would fail on \(path)")
        return Array(data)
    }

    /// Writes `rows` rows as a table to `name.csv` and (gzipped or plain) JSON under `root`.
    static func write(_ rows: Int, gzip: Bool, to root: String) throws -> SiteSummary {
        let out = try SiteOutput(root: root)
        let csv = try out.open(try SitePath("data", "t.csv"))
        let json = try out.open(try SitePath("data", gzip ? "t.json.gz" : "t.json"), gzip: gzip)
        let w = TableWriter(csv: csv, json: json)
        w.start(["n", "x", "note"])
        for i in 0..<rows { w.write([.int(i), .number(Double(i) / 8), .text(i % 7 == 0 ? "a, \"b\"" : "row \(i), a longer note")]) }
        w.end()
        try out.close(csv)
        try out.close(json)
        return try out.finish()
    }

    @Test(arguments: [10, 200_000]) func gunzipGivesThePlainJSON(rows: Int) throws {
        let plain = try PublishSupport.tempFolder("gz-plain-\(rows)"), packed = try PublishSupport.tempFolder("gz-packed-\(rows)")
        _ = try Self.write(rows, gzip: false, to: plain)
        _ = try Self.write(rows, gzip: true, to: packed)
        let expected = try #require(FileManager.default.contents(atPath: plain + "/data/t.json"))
        let gz = try #require(FileManager.default.contents(atPath: packed + "/data/t.json.gz"))
        #expect(try Self.gunzip(packed + "/data/t.json.gz") == Array(expected))
        if rows > 1000 { #expect(gz.count * 4 < expected.count, "compressed: \(gz.count) of \(expected.count) bytes") }
        #expect(PublishSupport.text(packed, "manifest.txt").contains(SHA256.hex(Array(gz)) + "  data/t.json.gz\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: packed + "/data").sorted() == ["t.csv", "t.json.gz"], "no partial file")
    }

    @Test func theSameRowsGiveTheSameFileAndAreLeftAlone() throws {
        let root = try PublishSupport.tempFolder("gz-again")
        _ = try Self.write(150_000, gzip: true, to: root)
        let first = try #require(FileManager.default.contents(atPath: root + "/data/t.json.gz"))
        let again = try Self.write(150_000, gzip: true, to: root)
        #expect(again.written == 0, "same rows, same gzip bytes: nothing rewritten")
        #expect(FileManager.default.contents(atPath: root + "/data/t.json.gz") == first)
    }

    @Test func theCollectorGzipsToo() throws {
        let collector = SiteCollector()
        let json = try collector.open(try SitePath("data", "t.json.gz"), gzip: true)
        json.append("[\n{\"a\":1}\n]\n")
        try collector.close(json)
        let root = try PublishSupport.tempFolder("gz-collector")
        let bytes = try #require(collector.collected.files[try SitePath("data", "t.json.gz")])
        FileManager.default.createFile(atPath: root + "/t.json.gz", contents: Data(bytes))
        #expect(String(decoding: try Self.gunzip(root + "/t.json.gz"), as: UTF8.self) == "[\n{\"a\":1}\n]\n")
    }

    /// The published site: every table's JSON is gzipped and holds as many rows as its CSV (nothing left
    /// out), the per-return tables' CSV is gzipped too, no plain twin is written beside a gzipped file, and
    /// metadata.json, the data dictionary and the data page name the files as written.
    @Test func publishedTablesAreCompleteOnceGzipped() throws {
        let out = try PublishSupport.publishFixture()
        for (name, _) in OpenDataTables.builders {
            let rows = try #require(
                try JSONSerialization.jsonObject(with: Data(try Self.gunzip(out + "/data/\(name).json.gz"))) as? [[String: Any]], "\(name)")
            let csvFile = DataTable.csvFile(name)
            let csv =
                csvFile.hasSuffix(".gz")
                ? String(decoding: try Self.gunzip(out + "/data/" + csvFile), as: UTF8.self) : PublishSupport.text(out, "data/" + csvFile)
            let csvRows = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count - 1
            #expect(rows.count == csvRows, "\(name): \(rows.count) JSON rows, \(csvRows) CSV rows")
            #expect(!FileManager.default.fileExists(atPath: out + "/data/\(name).json"), "no plain \(name).json beside the gzip")
            for file in [csvFile, name + ".json.gz"] {
                #expect(PublishSupport.text(out, "data/metadata.json").contains("\"file\": \"\(file)\""), "\(file)")
                #expect(PublishSupport.text(out, "data/README.md").contains("(\(file))"), "\(file)")
                #expect(PublishSupport.text(out, "data.html").contains("href=\"data/\(file)\""), "\(file)")
            }
        }
        for name in OpenData.gzippedCSV {
            #expect(!FileManager.default.fileExists(atPath: out + "/data/\(name).csv"), "no plain \(name).csv beside the gzip")
        }
        #expect(FileManager.default.fileExists(atPath: out + "/data/contracts.csv"), "a table with a row per contract keeps plain CSV")
        for plain in ["snapshot.json", "ownership.json"] {
            #expect(!FileManager.default.fileExists(atPath: out + "/data/" + plain), "\(plain) is gzipped")
            #expect(FileManager.default.fileExists(atPath: out + "/data/" + plain + ".gz"), "\(plain).gz")
        }
        #expect(Snapshot.read(site: out) != nil, "the gzipped snapshot reads back")
    }

    /// A site published before the snapshot was gzipped still gives the next publish its last review.
    @Test func aPlainSnapshotOfAnEarlierPublishIsRead() throws {
        let out = try PublishSupport.publishFixture()
        let packed = try Data(contentsOf: URL(fileURLWithPath: out + "/data/" + OpenData.snapshotFile))
        let plain = try #require(Gzip.inflate([UInt8](packed)))
        try FileManager.default.removeItem(atPath: out + "/data/" + OpenData.snapshotFile)
        FileManager.default.createFile(atPath: out + "/data/snapshot.json", contents: Data(plain))
        #expect(Snapshot.read(site: out)?.asOf == Snapshot.read(out + "/data/snapshot.json")?.asOf)
        #expect(Snapshot.read(site: out) != nil)
        #expect(Gzip.inflate(Array(packed.prefix(packed.count / 2))) == nil, "a cut gzip file is not read as a snapshot")
    }
}
