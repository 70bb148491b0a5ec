import Foundation
import MissionKPIStore
import PostgresNIO

/// One connection to the tracker's server, used from ordinary blocking code (one thread at a time)
/// through postgres-nio's EventLoopFuture API (no Swift concurrency, so a caller on a cooperative
/// thread can wait safely): queries wait for their results, and rows can be streamed to a closure as
/// they arrive. Every failure becomes a `PGFailure` (a server error, with its SQLSTATE) or a one-line
/// `TrackerError` naming the server (never the password).
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
        l.logLevel = ProcessInfo.processInfo.environment["MISSIONKPI_PG_TRACE"] == nil ? .critical : .trace
        return l
    }()

    /// Connects (and authenticates) as `application_name` missionkpi; `beside` another connection,
    /// on another event loop than that one's (a second connection read or written at the same time
    /// must not share its thread: the loops take turns round the process, so it could).
    init(_ address: PostgresAddress, password: PGPass.Lookup, beside other: PGConnection? = nil) throws {
        self.address = address
        var config = PostgresConnection.Configuration(
            host: address.host, port: address.port, username: address.user, password: password.password,
            database: address.database, tls: try PGConnection.tls(address.sslMode))
        config.options.connectTimeout = .seconds(Int64(address.connectTimeout))
        config.options.additionalStartupParameters = [("application_name", "missionkpi")]
        let group = MultiThreadedEventLoopGroup.singleton
        var loop = group.next()
        if let taken = other.map({ ObjectIdentifier($0.connection.eventLoop) }), ObjectIdentifier(loop) == taken {
            loop = group.makeIterator().first { ObjectIdentifier($0) != taken } ?? loop
        }
        do {
            connection = try PostgresConnection.connect(
                on: loop, configuration: config, id: 1, logger: PGConnection.logger
            ).wait()
        } catch {
            throw PGErrors.describeConnecting(error, address, password: password)
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
        try wait { $0.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: PGConnection.logger) }.rows
    }

    /// Runs one statement, handing each row to `body` as it arrives (on the connection's event loop).
    func each(_ sql: String, _ binds: PostgresBindings = PostgresBindings(), _ body: @escaping @Sendable (PostgresRow) throws -> Void) throws {
        _ = try wait { $0.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: PGConnection.logger, body) }
    }

    /// Starts a statement and waits for it, or for the connection to close. postgres-nio never
    /// completes a statement sent just after the server closed the connection (it is dropped with the
    /// closed channel), so a statement is not sent on a closed connection, and one still pending a
    /// second after the close is given up (its future kept, unfulfilled, for the process's life).
    private func wait<T: Sendable>(_ start: (PostgresConnection) -> EventLoopFuture<T>) throws -> T {
        try wait(try self.start(start))
    }

    /// Sends a statement without waiting for it: postgres-nio runs a connection's statements in the
    /// order they were sent, so the caller can prepare the next while the server runs this one. Every
    /// statement sent must be waited for with `finish` (a failed one fails those after it, 25P02).
    func send(_ sql: String, _ binds: PostgresBindings = PostgresBindings()) throws -> Sent {
        Sent(future: try start { $0.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: PGConnection.logger) })
    }

    /// Waits for a statement `send` started; its rows.
    @discardableResult
    func finish(_ sent: Sent) throws -> [PostgresRow] { try wait(sent.future).rows }

    /// Starts a statement whose rows go to `body` as they arrive (on the connection's event loop),
    /// without waiting; wait for it with `finish`.
    func sendEach(_ sql: String, _ binds: PostgresBindings, _ body: @escaping @Sendable (PostgresRow) throws -> Void) throws -> SentEach {
        SentEach(future: try start { $0.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: PGConnection.logger, body) })
    }

    /// Waits for a statement `sendEach` started.
    func finish(_ sent: SentEach) throws { _ = try wait(sent.future) }

    /// A statement streaming its rows, not yet waited for.
    struct SentEach {
        fileprivate let future: EventLoopFuture<PostgresQueryMetadata>
    }

    /// A statement sent and not yet waited for.
    struct Sent {
        fileprivate let future: EventLoopFuture<PostgresQueryResult>
    }

    private func start<T: Sendable>(_ start: (PostgresConnection) -> EventLoopFuture<T>) throws -> EventLoopFuture<T> {
        guard !isClosed, !connection.isClosed else {
            isClosed = true
            throw failure(ConnectionLost())
        }
        return start(connection)
    }

    /// Waits for a started statement, or for the connection to close.
    private func wait<T: Sendable>(_ future: EventLoopFuture<T>) throws -> T {
        let state = Pending()
        future.whenComplete { _ in state.mark(completed: true) }
        connection.closeFuture.whenComplete { _ in state.mark(completed: false) }
        if !state.waitForCompletion(graceAfterClose: 1) {
            isClosed = true
            PGConnection.abandoned.lock()
            PGConnection.abandonedFutures.append(future)
            PGConnection.abandoned.unlock()
            throw failure(ConnectionLost())
        }
        do {
            return try future.wait()
        } catch {
            throw failure(error)
        }
    }

    /// A statement's wait: woken when it completes or when the connection closes.
    private final class Pending: @unchecked Sendable {
        private let condition = NSCondition()
        private var completed = false, closed = false

        func mark(completed c: Bool) {
            condition.lock()
            if c { completed = true } else { closed = true }
            condition.broadcast()
            condition.unlock()
        }

        /// True once the statement completed; false when it has not, `graceAfterClose` seconds after the close.
        func waitForCompletion(graceAfterClose: TimeInterval) -> Bool {
            condition.lock()
            defer { condition.unlock() }
            while !completed && !closed { condition.wait() }
            let deadline = Date().addingTimeInterval(graceAfterClose)
            while !completed && condition.wait(until: deadline) {}
            return completed
        }
    }

    /// Statements given up after their connection closed: kept so that their futures are never
    /// released unfulfilled (SwiftNIO reports that as a leak).
    nonisolated(unsafe) private static var abandonedFutures: [Any] = []
    private static let abandoned = NSLock()

    /// The error as thrown to callers: a server error keeps its SQLSTATE (`PGFailure`) so that a run can
    /// retry a serialization failure or reject one file; anything else becomes a `TrackerError`.
    private func failure(_ error: any Error) -> any Error {
        if let e = error as? PSQLError, e.code == .server, let state = e.serverInfo?[.sqlState] {
            if state.hasPrefix("57P") || state.hasPrefix("08") { isClosed = true }
            return PGFailure(sqlState: state, message: e.serverInfo?[.message] ?? "", detail: e.serverInfo?[.detail])
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

/// The connection closed before or while a statement ran (the server ended the session, or the
/// network failed).
struct ConnectionLost: Error {}

/// An error the server reported for a statement: its SQLSTATE, message and detail.
struct PGFailure: Error, CustomStringConvertible {
    var sqlState: String
    var message: String
    var detail: String?

    /// The file row of an observation a CHECK refused: the last value of the detail's "Failing row
    /// contains (…, 12)." (the `row` column comes last).
    var failingRow: Int? {
        guard let detail, detail.hasPrefix("Failing row contains ("), detail.hasSuffix(").") else { return nil }
        return detail.dropLast(2).split(separator: ",").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// A serialization failure or deadlock: the transaction may be run again.
    var isRetryable: Bool { sqlState == "40001" || sqlState == "40P01" }
    /// A row the schema refused (a class 22 data exception or class 23 integrity violation).
    var isDataError: Bool { sqlState.hasPrefix("22") || sqlState.hasPrefix("23") }

    var description: String { "\(message) (SQLSTATE \(sqlState))" }
}
