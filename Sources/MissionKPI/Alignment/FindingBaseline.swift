import Foundation

/// Today's findings, recorded with `--write-baseline`, so that `--baseline` fails only on new ones.
/// Findings match by rule, subject and fingerprint, never by line, so moving lines keeps them matched.
public struct FindingBaseline: Sendable, Equatable {
    public struct Entry: Sendable, Hashable, Codable {
        public var rule: String
        public var subject: String
        public var fingerprint: String
    }

    public var entries: Set<Entry>

    public init(findings: [Finding]) {
        entries = Set(findings.map { Entry(rule: $0.ruleID, subject: $0.subject.description, fingerprint: $0.fingerprint) })
    }

    /// Splits findings into those the baseline knows and the new ones.
    public func partition(_ findings: [Finding]) -> (known: [Finding], new: [Finding]) {
        var known: [Finding] = [], new: [Finding] = []
        for f in findings {
            if entries.contains(Entry(rule: f.ruleID, subject: f.subject.description, fingerprint: f.fingerprint)) {
                known.append(f)
            } else {
                new.append(f)
            }
        }
        return (known, new)
    }

    private struct File: Codable {
        var version: Int
        var findings: [Entry]
    }

    /// The baseline as JSON, entries sorted, one per line.
    public func json() -> String {
        let sorted = entries.sorted { ($0.rule, $0.subject, $0.fingerprint) < ($1.rule, $1.subject, $1.fingerprint) }
        var out = "{\n  \"version\": 1,\n  \"findings\": ["
        for (i, e) in sorted.enumerated() {
            out += (i == 0 ? "\n" : ",\n")
            out += "    {\"rule\": \(JSONText.string(e.rule)), \"subject\": \(JSONText.string(e.subject)), \"fingerprint\": \(JSONText.string(e.fingerprint))}"
        }
        out += sorted.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }

    /// Reads a baseline file written by `json()`.
    public init(json data: Data) throws {
        let file = try JSONDecoder().decode(File.self, from: data)
        guard file.version == 1 else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "unsupported baseline version \(file.version)"))
        }
        entries = Set(file.findings)
    }
}
