import CYAML
import Foundation

/// The floor for `validate`: read every YAML file of the workspace and run bare libyaml over it,
/// events only (no tree, no decoding), on as many threads as the loader uses.
enum YAMLFloor {
    /// Seconds to list, read and parse every YAML file; throws if any fails to parse.
    static func measure(workspace root: String) throws -> (seconds: Double, cpuSeconds: Double, files: Int, bytes: Int) {
        let start = ChildProcess.now(), startCPU = ChildProcess.selfCPU()
        let files = yamlFiles(root)
        var failures = [Int](repeating: 0, count: files.count)
        var sizes = [Int](repeating: 0, count: files.count)
        failures.withUnsafeMutableBufferPointer { fail in
            sizes.withUnsafeMutableBufferPointer { size in
                nonisolated(unsafe) let fail = fail, size = size
                DispatchQueue.concurrentPerform(iterations: files.count) { i in
                    guard let data = FileManager.default.contents(atPath: files[i]) else {
                        fail[i] = 1
                        return
                    }
                    let bytes = [UInt8](data)
                    size[i] = bytes.count
                    fail[i] = parse(bytes) ? 0 : 1
                }
            }
        }
        let seconds = ChildProcess.now() - start, cpu = ChildProcess.selfCPU() - startCPU
        if let bad = failures.firstIndex(of: 1) { throw BenchError("libyaml could not parse \(files[bad])") }
        return (seconds, cpu, files.count, sizes.reduce(0, +))
    }

    /// `missionkpi.yaml`, `Missions/*.yaml` and `Contracts/*/*.yaml`, as the loader finds them.
    static func yamlFiles(_ root: String) -> [String] {
        let fm = FileManager.default
        func yaml(_ dir: String) -> [String] {
            ((try? fm.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted().map { dir + "/" + $0 }
        }
        var files = fm.fileExists(atPath: root + "/missionkpi.yaml") ? [root + "/missionkpi.yaml"] : []
        files += yaml(root + "/Missions")
        for folder in ((try? fm.contentsOfDirectory(atPath: root + "/Contracts")) ?? []).sorted() {
            files += yaml(root + "/Contracts/" + folder)
        }
        return files
    }

    /// Runs libyaml's event loop over `bytes`; true when the whole stream parsed.
    static func parse(_ bytes: [UInt8]) -> Bool {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return false }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else { return false }
                let done = event.type == YAML_STREAM_END_EVENT
                yaml_event_delete(&event)
                if done { return true }
            }
        }
    }
}
