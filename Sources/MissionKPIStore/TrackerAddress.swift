import Foundation

/// Where a tracker is: a SQLite file, or a PostgreSQL database named by a URL
/// (`postgresql://USER@HOST:PORT/DATABASE`). A URL never carries a password: it comes from
/// `PGPASSWORD` or `~/.pgpass` when connecting, so it is never on a command line or in a file.
///
/// ```swift
/// try TrackerAddress.parse("tracker.sqlite")                          // .file("tracker.sqlite")
/// try TrackerAddress.parse("postgresql://kpi@db.internal:5432/kpis")  // .postgres(…)
/// ```
public enum TrackerAddress: Sendable, Hashable, CustomStringConvertible {
    case file(String)
    case postgres(PostgresAddress)

    /// The path, or the URL as used (no password).
    public var description: String {
        switch self {
        case .file(let path): path
        case .postgres(let address): address.description
        }
    }

    /// Reads `--db` or `tracker.url`: a URL when it starts with `postgres:` or `postgresql:`, a file
    /// path otherwise. Missing parts of a URL come from `PGUSER`, `PGHOST`, `PGPORT`, `PGDATABASE`
    /// as with `psql`. Throws `TrackerError.badAddress` (the text shown without any password).
    public static func parse(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> TrackerAddress {
        let lower = text.lowercased()
        if lower.hasPrefix("postgres:") || lower.hasPrefix("postgresql:") {
            return .postgres(try PostgresAddress(url: text, environment: environment))
        }
        if let scheme = text.range(of: "://"), !text[..<scheme.lowerBound].contains("/") {
            throw TrackerError.badAddress(
                PostgresAddress.redacted(text), "'\(text[..<scheme.lowerBound].prefix(20))' is not a database this tool can use")
        }
        guard !text.isEmpty else { throw TrackerError.badAddress(text, "it is empty") }
        return .file(text)
    }
}

/// A PostgreSQL database: the parts of its URL, with the defaults `psql` would use filled in.
public struct PostgresAddress: Sendable, Hashable, CustomStringConvertible {
    /// How the connection is encrypted, as libpq's `sslmode`.
    public enum SSLMode: String, Sendable, Hashable, CaseIterable {
        /// Never encrypt.
        case disable
        /// Encrypt when the server offers it (libpq's default).
        case prefer
        /// Always encrypt, without checking the server's certificate (as libpq).
        case require
        /// Always encrypt and check the certificate and host name against the system's trusted roots.
        case verifyFull = "verify-full"
    }

    public var user: String
    public var host: String
    public var port: Int
    public var database: String
    public var sslMode: SSLMode = .prefer
    /// Seconds to wait for a connection (`connect_timeout`), 10 unless given.
    public var connectTimeout: Int = 10

    /// `postgresql://USER@HOST:PORT/DATABASE`, never with a password (and only a non-default `sslmode`).
    public var description: String {
        let h = host.contains(":") ? "[\(host)]" : host
        let query = sslMode == .prefer ? "" : "?sslmode=\(sslMode.rawValue)"
        return "postgresql://\(PostgresAddress.encode(user))@\(h):\(port)/\(PostgresAddress.encode(database))\(query)"
    }

    /// Parses `postgres[ql]://[USER@][HOST][:PORT][/DATABASE][?sslmode=…&connect_timeout=…]`.
    public init(url text: String, environment: [String: String] = [:]) throws {
        func fail(_ reason: String) -> TrackerError { TrackerError.badAddress(PostgresAddress.redacted(text), reason) }
        guard let schemeEnd = text.range(of: "://") else { throw fail("a PostgreSQL URL starts with postgresql://") }
        var rest = Substring(text[schemeEnd.upperBound...])
        var query = Substring("")
        if let q = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: q)...]
            rest = rest[..<q]
        }
        var path = Substring("")
        if let slash = rest.firstIndex(of: "/") {
            path = rest[rest.index(after: slash)...]
            rest = rest[..<slash]
        }
        var userPart: Substring?
        if let at = rest.lastIndex(of: "@") {
            userPart = rest[..<at]
            rest = rest[rest.index(after: at)...]
        }
        if let userPart, userPart.contains(":") {
            throw fail("the URL holds a password; give it in PGPASSWORD or ~/.pgpass instead, never in the URL")
        }
        var hostPart = rest, portPart: Substring?
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { throw fail("an IPv6 host must be closed with ']'") }
            hostPart = rest[rest.index(after: rest.startIndex)..<close]
            let after = rest[rest.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { throw fail("'\(after.prefix(20))' follows the host; write [HOST]:PORT") }
                portPart = after.dropFirst()
            }
        } else if let colon = rest.firstIndex(of: ":") {
            hostPart = rest[..<colon]
            portPart = rest[rest.index(after: colon)...]
        }
        if hostPart.contains(",") { throw fail("several hosts are not supported; name one server") }
        guard let host = PostgresAddress.decode(hostPart), let user = PostgresAddress.decode(userPart ?? ""),
            let database = PostgresAddress.decode(path)
        else { throw fail("it holds a malformed %-escape") }
        if database.contains("/") { throw fail("the database name '\(database.prefix(40))' holds a '/'") }
        let portText = portPart.map(String.init) ?? environment["PGPORT"] ?? "5432"
        guard let port = Int(portText), (1...65535).contains(port), portText.allSatisfy(\.isASCII) else {
            throw fail("the port '\(portText.prefix(20))' is not a number from 1 to 65535")
        }
        self.port = port
        self.host = host.isEmpty ? environment["PGHOST"].flatMap { $0.hasPrefix("/") ? nil : $0 } ?? "localhost" : host
        self.user = user.isEmpty ? environment["PGUSER"] ?? PostgresAddress.loginName() : user
        self.database = database.isEmpty ? environment["PGDATABASE"] ?? self.user : database
        for item in query.split(separator: "&") where !item.isEmpty {
            let pair = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = String(pair[0]), value = pair.count > 1 ? (PostgresAddress.decode(pair[1]) ?? "") : ""
            switch key {
            case "sslmode":
                guard let mode = SSLMode(rawValue: value) else {
                    throw fail("sslmode '\(value.prefix(20))' is not one of \(SSLMode.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                sslMode = mode
            case "connect_timeout":
                guard let seconds = Int(value), seconds > 0, seconds <= 3600 else {
                    throw fail("connect_timeout '\(value.prefix(20))' is not a number of seconds from 1 to 3600")
                }
                connectTimeout = seconds
            case "password":
                throw fail("the URL holds a password; give it in PGPASSWORD or ~/.pgpass instead, never in the URL")
            default:
                throw fail("the option '\(key.prefix(30))' is not supported (only sslmode and connect_timeout)")
            }
        }
        if self.user.isEmpty { throw fail("it names no user; write postgresql://USER@HOST/DATABASE") }
    }

    /// The text with any password replaced by `****`, for messages.
    public static func redacted(_ text: String) -> String {
        var out = text
        if let schemeEnd = out.range(of: "://") {
            let authorityEnd = out[schemeEnd.upperBound...].firstIndex { $0 == "/" || $0 == "?" } ?? out.endIndex
            if let at = out[schemeEnd.upperBound..<authorityEnd].lastIndex(of: "@"),
                let colon = out[schemeEnd.upperBound..<at].firstIndex(of: ":")
            {
                out.replaceSubrange(out.index(after: colon)..<at, with: "****")
            }
        }
        if let p = out.range(of: "password=", options: .caseInsensitive) {
            let end = out[p.upperBound...].firstIndex(of: "&") ?? out.endIndex
            out.replaceSubrange(p.upperBound..<end, with: "****")
        }
        return String(out.prefix(200))
    }

    /// The name of the user running the process (as libpq's default user).
    static func loginName() -> String {
        if let pw = getpwuid(geteuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return ProcessInfo.processInfo.environment["USER"] ?? ""
    }

    static func decode(_ s: Substring) -> String? { s.isEmpty ? "" : String(s).removingPercentEncoding }

    static func encode(_ s: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }
}
