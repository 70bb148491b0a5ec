import Foundation
import MissionKPI

// missionkpi-bench: times the release `missionkpi` on synthetic workspaces of several sizes and writes a
// Markdown table of wall time, peak memory and the issue 8 targets. See Benchmarks/README.md.

struct BenchOptions {
    var sizes = [1_000, 10_000, 50_000]
    var work = "/tmp/missionkpi-bench"
    var out: String? = "Benchmarks/RESULTS.md"
    var seed: UInt64 = 1
    var binary: String?
    var repeats = 1
    /// Seconds after which a phase is stopped and reported as such.
    var timeLimit = 600.0
    /// A PostgreSQL server (a role that may create databases): the tracker phases run against it too.
    var postgres: String? = ProcessInfo.processInfo.environment["MISSIONKPI_BENCH_PG_URL"]
    /// Megabytes of release packages for the import row (0 skips it), and where the reference pages are.
    var importMegabytes = 100
    var fts: String?
    /// Only these phases (by name), or every phase when nil.
    var phases: Set<String>?
    /// Only time reading this tracker (a path or a postgresql:// URL), `repeats` times, and stop.
    var readTracker: String?

    static let usage = """
        usage: missionkpi-bench [--sizes 1000,10000,50000] [--work DIR] [--out FILE | --no-write] [--seed N]
                                [--repeat N] [--time-limit SECONDS] [--binary PATH] [--import-mb N] [--fts PATH]
                                [--phases "validate;record;…;re-publish, one new month"]
                                [--postgres URL] [--read-tracker PATH|URL]
        Build first with 'swift build -c release'; the harness runs .build/release/missionkpi (or --binary).
        --postgres postgresql://USER@HOST:PORT/DB (or MISSIONKPI_BENCH_PG_URL) also times the tracker on that
        server, in a database missionkpi_bench_<size> it creates again for each run (psql must be installed).
        --read-tracker PATH|URL only times reading that tracker as publish reads it, --repeat N times, and
        prints one line a run (nothing is generated, recorded or written).
        """

    static func parse(_ args: [String]) throws -> BenchOptions {
        var o = BenchOptions()
        var i = 0
        func value() throws -> String {
            i += 1
            guard i < args.count else { throw BenchError("\(args[i - 1]) needs a value\n\(usage)") }
            return args[i]
        }
        while i < args.count {
            switch args[i] {
            case "--sizes":
                let text = try value()
                if text == "none" {  // only the import row
                    o.sizes = []
                    break
                }
                let list = text.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
                guard !list.isEmpty, list.allSatisfy({ ($0 ?? 0) > 0 }) else { throw BenchError("--sizes takes positive whole numbers, e.g. 1000,10000") }
                o.sizes = list.map { $0! }
            case "--work": o.work = try value()
            case "--out": o.out = try value()
            case "--no-write": o.out = nil
            case "--seed":
                guard let s = UInt64(try value()) else { throw BenchError("--seed takes a whole number") }
                o.seed = s
            case "--repeat":
                guard let n = Int(try value()), n >= 1 else { throw BenchError("--repeat takes a whole number ≥ 1") }
                o.repeats = n
            case "--binary": o.binary = try value()
            case "--postgres": o.postgres = try value()
            case "--read-tracker": o.readTracker = try value()
            case "--import-mb":
                guard let n = Int(try value()), n >= 0 else { throw BenchError("--import-mb takes a whole number of megabytes (0 skips the import row)") }
                o.importMegabytes = n
            case "--fts": o.fts = try value()
            case "--phases":
                let names = Set(try value().split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) })
                let known = Set((Phase.all + Phase.postgres).map(\.name))
                guard names.isSubset(of: known) else {
                    throw BenchError("--phases takes phase names separated by ';', from: \((Phase.all + Phase.postgres).map(\.name).joined(separator: "; "))")
                }
                o.phases = names
            case "--time-limit":
                guard let t = Double(try value()), t > 0 else { throw BenchError("--time-limit takes a number of seconds") }
                o.timeLimit = t
            case "-h", "--help":
                print(usage)
                exit(0)
            default: throw BenchError("unknown argument '\(args[i])'\n\(usage)")
            }
            i += 1
        }
        return o
    }
}

func log(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }

do {
    let options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
    if let location = options.readTracker {
        for m in PostgresBench.read(location, repeats: options.repeats) {
            print(String(format: "read tracker: %.3f s wall, %.3f s CPU, %d observations", m.seconds ?? 0, m.cpuSeconds ?? 0, m.rows ?? 0))
        }
        exit(0)
    }
    let binary = options.binary ?? Bench.siblingBinary()
    guard FileManager.default.isExecutableFile(atPath: binary) else {
        throw BenchError("no missionkpi binary at \(binary); run 'swift build -c release' first, or pass --binary PATH")
    }
    setenv("MISSIONKPI_TIMINGS", "1", 1)  // every child prints its phase durations on stderr
    let bench = Bench(options: options, binary: binary)
    var report = try bench.run()
    report.previous = Previous(path: options.out ?? "Benchmarks/RESULTS.md")
    report.importRun = try ImportBench(options: options, binary: binary).run()
    let text = report.markdown()
    print(text, terminator: "")
    if let out = options.out {
        try text.write(toFile: out, atomically: true, encoding: .utf8)
        log("wrote \(out)")
    }
} catch {
    log("error: \(error)")
    exit(1)
}
