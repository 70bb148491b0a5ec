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

    /// Reads a baseline file (as `align --write-baseline` writes it).
    public init(json data: Data) throws {
        let file = try JSONDecoder().decode(File.self, from: data)
        guard file.version == 1 else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "unsupported baseline version \(file.version)"))
        }
        entries = Set(file.findings)
    }
}
