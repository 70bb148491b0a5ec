import Foundation
import MissionKPIStore

/// Where the password comes from, as libpq finds it: `PGPASSWORD`, else the first matching line of
/// the password file (`PGPASSFILE`, default `~/.pgpass`), never the URL or a command line.
///
/// A password file line is `hostname:port:database:username:password`; `*` in any of the first four
/// fields matches anything, `\` escapes `:` and `\`, lines starting with `#` are comments. A file that
/// others can read (group or world permissions) is ignored, as libpq ignores it.
///
/// ```swift
/// PGPass.password(for: address, environment: ["PGPASSWORD": "s3cret"]).password   // "s3cret"
/// ```
enum PGPass {
    /// What the lookup found: a password (and where from), nothing, or a file it had to ignore.
    enum Lookup {
        case environment(String)
        case file(String, path: String)
        case none
        case ignored(path: String, reason: String)

        /// The password, if one was found.
        var password: String? {
            switch self {
            case .environment(let p), .file(let p, _): p
            case .none, .ignored: nil
            }
        }

        /// What to check when the server refuses: where the password came from, or where to put one.
        var hint: String {
            switch self {
            case .environment: "check the password in PGPASSWORD"
            case .file(_, let path): "check the password in \(path)"
            case .none: "set PGPASSWORD or add a line host:port:database:user:password to ~/.pgpass (chmod 600)"
            case .ignored(let path, let reason): "\(path) was ignored: \(reason)"
            }
        }
    }

    /// Looks the password up for `address`.
    static func password(
        for address: PostgresAddress, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Lookup {
        if let p = environment["PGPASSWORD"], !p.isEmpty { return .environment(p) }
        let path = environment["PGPASSFILE"] ?? ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".pgpass")
        var info = stat()
        guard stat(path, &info) == 0 else { return .none }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .ignored(path: path, reason: "it is not a plain file") }
        guard info.st_mode & (S_IRWXG | S_IRWXO) == 0 else {
            return .ignored(path: path, reason: "others can read it; run chmod 600 \(path)")
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return .none }
        if let p = match(text, address) { return .file(p, path: path) }
        return .none
    }

    /// The password of the first line matching `address`, or nil.
    static func match(_ text: String, _ address: PostgresAddress) -> String? {
        let wanted = [address.host, String(address.port), address.database, address.user]
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            if line.hasPrefix("#") { continue }
            let fields = split(line)
            guard fields.count == 5 else { continue }
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// A line's fields: split at unescaped `:`, with `\x` read as `x`. The password ends at the next
    /// unescaped `:`, as in libpq.
    static func split(_ line: Substring) -> [String] {
        var fields: [String] = []
        var current = ""
        var escaped = false
        for ch in line {
            if escaped {
                current.append(ch)
                escaped = false
            } else if ch == "\\" {
                escaped = true
            } else if ch == ":" {
                if fields.count == 4 { break }
                fields.append(current)
                current = ""
            } else {
                current.append(ch)
            }
        }
        fields.append(current)
        return fields
    }
}
