import Foundation

/// The figures of the previous report (the RESULTS.md about to be replaced, normally the committed one),
/// so each new figure is printed beside the one before it.
struct Previous {
    /// The commit the previous run measured ("?" when the report does not say).
    var commit = "?"
    /// Wall seconds and peak megabytes by phase and size.
    var figures: [String: (wall: String, peak: String)] = [:]
    /// Site megabytes by size (from its "Site size" table, when it had one).
    var siteMB: [Int: String] = [:]

    static func key(_ phase: String, _ contracts: Int) -> String { "\(phase)|\(contracts)" }

    /// Reads the report at `path`; empty when there is none.
    init(path: String?) {
        guard let path, let text = try? String(contentsOfFile: path, encoding: .utf8) else { return }
        var section = ""
        for line in text.split(separator: "\n") {
            if line.hasPrefix("## ") { section = String(line.dropFirst(3)) }
            if line.hasPrefix("- commit "), let word = line.split(separator: " ").dropFirst(2).first { commit = String(word) }
            guard line.hasPrefix("| ") else { continue }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count > 5 else { continue }
            if section == "Phases", let size = Int(cells[2]), Double(cells[3]) != nil {
                figures[Self.key(cells[1], size)] = (cells[3], cells[5])
            } else if section.hasPrefix("Site size"), let size = Int(cells[1]), cells.count > 3 {
                siteMB[size] = cells[2]
            }
        }
    }

    /// The previous wall time and peak for a row, as printed then.
    func figure(_ phase: String, _ contracts: Int) -> (wall: String, peak: String) {
        figures[Self.key(phase, contracts)] ?? ("", "")
    }
}
