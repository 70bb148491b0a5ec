import Foundation
import MissionKPIStore
import PostgresNIO

/// One connection to the tracker's server, used from ordinary blocking code (one thread at a time):
/// queries wait for their results, rows can be streamed to a closure as they arrive, and rows are
/// sent in bulk with `COPY … FROM STDIN`. Every failure becomes a one-line `TrackerError` naming the
/// server (never the password).
///
/// ```swift
/// let c = try PGConnection(address, password: PGPass.password(for: address))
/// let n = try c.query("SELECT count(*) FROM observation").first.map { try $0.decode(Int.self) }
/// ```
final class PGConnection: @unchecked Sendable {
    let address: PostgresAddress
    private let connection: PostgresConnection
    /// Whether the server has gone (the connection was closed or lost); nothing more is sent.
    private(set) var isClosed = false

    /// A logger that says nothing: the tool reports failures itself, in one line.
    static let logger: Logger = {
        var l = Logger(label: "missionkpi.postgres")
        l.logLevel = .critical
        return l
    }()

    /// Connects (and authenticates) as `application_name` missionkpi.
    init(_ address: PostgresAddress, password: PGPass.Lookup) throws {
        self.address = address
        var config = PostgresConnection.Configuration(
            host: address.host, port: address.port, username: address.user, password: password.password,
            database: address.database, tls: try PGConnection.tls(address.sslMode))
        config.options.connectTimeout = .seconds(Int64(address.connectTimeout))
        config.options.additionalStartupParameters = [("application_name", "missionkpi")]
        do {
            connection = try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.next(), configuration: config, id: 1, logger: PGConnection.logger
            ).wait()
        } catch {
            throw PGErrors.describe(error, address, password: password)
        }
    }

    deinit { if !isClosed { connection.close().whenComplete { _ in } } }

    /// Closes the connection (an open transaction is rolled back by the server).
    func close() {
        guard !isClosed else { return }
        isClosed = true
        try? connection.close().wait()
    }

    /// Runs one statement and returns all its rows.
    @discardableResult
    func query(_ sql: String, _ binds: PostgresBindings = PostgresBindings()) throws -> [PostgresRow] {
        do {
            return try connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: PGConnection.logger).wait().rows
        } catch {
            throw failure(error)
        }
    }

    /// Runs one statement, handing each row to `body` as it arrives (on the connection's event loop).
    func each(_ sql: String, _ binds: PostgresBindings = PostgresBindings(), _ body: @escaping @Sendable (PostgresRow) throws -> Void) throws {
        do {
            _ = try connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: PGConnection.logger, body).wait()
        } catch {
            throw failure(error)
        }
    }

    /// Sends `chunks` (text-format COPY data) to `COPY table (columns) FROM STDIN`.
    func copy(into table: String, columns: [String], _ chunks: [ByteBuffer]) throws {
        let connection = self.connection
        do {
            try Blocking.run {
                try await connection.copyFrom(table: table, columns: columns, logger: PGConnection.logger) { writer in
                    for chunk in chunks { try await writer.write(chunk) }
                }
            }
        } catch {
            throw failure(error)
        }
    }

    /// The error as thrown to callers: a server error keeps its SQLSTATE (`PGFailure`) so that a run can
    /// retry a serialization failure or reject one file; anything else becomes a `TrackerError`.
    private func failure(_ error: any Error) -> any Error {
        if let e = error as? PSQLError, e.code == .server, let state = e.serverInfo?[.sqlState] {
            if state.hasPrefix("57P") || state.hasPrefix("08") { isClosed = true }
            return PGFailure(
                sqlState: state, message: e.serverInfo?[.message] ?? "", detail: e.serverInfo?[.detail], context: e.serverInfo?[.locationContext])
        }
        if let e = error as? PSQLError, [.serverClosedConnection, .uncleanShutdown, .clientClosedConnection, .connectionError].contains(e.code) {
            isClosed = true
        }
        return PGErrors.describe(error, address, password: nil)
    }

    private static func tls(_ mode: PostgresAddress.SSLMode) throws -> PostgresConnection.Configuration.TLS {
        switch mode {
        case .disable: return .disable
        case .prefer, .require:
            var config = TLSConfiguration.makeClientConfiguration()
            config.certificateVerification = .none
            let context = try NIOSSLContext(configuration: config)
            return mode == .prefer ? .prefer(context) : .require(context)
        case .verifyFull:
            return .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
    }
}

/// An error the server reported for a statement: its SQLSTATE, message and detail.
struct PGFailure: Error, CustomStringConvertible {
    var sqlState: String
    var message: String
    var detail: String?
    /// Where the server was (for COPY: `COPY observation, line 12, column …`).
    var context: String? = nil

    /// The line of a failed COPY's data the server was reading (1 for the first row sent).
    var copyLine: Int? {
        guard let context, let r = context.range(of: #"line [0-9]+"#, options: .regularExpression) else { return nil }
        return Int(context[r].dropFirst(5))
    }

    /// A serialization failure or deadlock: the transaction may be run again.
    var isRetryable: Bool { sqlState == "40001" || sqlState == "40P01" }
    /// A row the schema refused (a class 22 data exception or class 23 integrity violation).
    var isDataError: Bool { sqlState.hasPrefix("22") || sqlState.hasPrefix("23") }

    var description: String { "\(message) (SQLSTATE \(sqlState))" }
}
