import Foundation
import MissionKPIStore
import PostgresNIO

/// Turns what postgres-nio and SwiftNIO throw into one line a person can act on, naming the server
/// by its URL (never with a password). postgres-nio's own descriptions hide the server's message on
/// purpose; the fields read here (SQLSTATE, message, the socket's errno) never hold a password.
enum PGErrors {
    /// The error as a `TrackerError.server` for `address`; `password` says where a password came from.
    static func describe(_ error: any Error, _ address: PostgresAddress, password: PGPass.Lookup?) -> TrackerError {
        if let e = error as? TrackerError { return e }
        if error is ConnectionLost {
            return .server(address.description, "the connection was lost; what was being written was rolled back: run the command again")
        }
        if let f = error as? PGFailure { return .server(address.description, sentence(f, address, password)) }
        if let e = error as? PSQLError {
            switch e.code {
            case .server:
                let f = PGFailure(
                    sqlState: e.serverInfo?[.sqlState] ?? "", message: e.serverInfo?[.message] ?? "", detail: e.serverInfo?[.detail])
                return .server(address.description, sentence(f, address, password))
            case .connectionError:
                return .server(address.description, unreachable(e.underlying, address))
            case .authMechanismRequiresPassword:
                return .server(address.description, "the server asks for a password; \(password?.hint ?? PGPass.Lookup.none.hint)")
            case .unsupportedAuthMechanism:
                return .server(address.description, "the server asks for a way of logging in this tool does not support (use scram-sha-256, md5 or trust)")
            case .sslUnsupported:
                return .server(address.description, "the server does not offer TLS, but the URL says sslmode=\(address.sslMode.rawValue)")
            case .serverClosedConnection, .uncleanShutdown, .clientClosedConnection:
                return .server(address.description, "the connection was lost; what was being written was rolled back: run the command again")
            case .saslError:
                return .server(address.description, "logging in failed (SCRAM); \(password?.hint ?? PGPass.Lookup.none.hint)")
            default:
                return .server(address.description, "the exchange with the server failed (\(e.code))")
            }
        }
        if let e = error as? NIOSSLError { return .server(address.description, "TLS failed: \(e)") }
        if error is PostgresDecodingError { return .server(address.description, "the server sent a value this tool cannot read") }
        return .server(address.description, unreachable(error, address))
    }

    /// Whether the error came from the server, the connection or reading what the server sent.
    static func isConnectionError(_ error: any Error) -> Bool {
        error is PGFailure || error is PSQLError || error is ConnectionLost || error is PostgresDecodingError || error is IOError
            || error is NIOConnectionError || error is ChannelError || error is NIOSSLError
    }

    /// A server error in words; a wrong password or a missing database gets its fix.
    static func sentence(_ f: PGFailure, _ address: PostgresAddress, _ password: PGPass.Lookup?) -> String {
        switch f.sqlState {
        case "28P01", "28000":
            return "\(f.message); \(password?.hint ?? "check the password")"
        case "3D000":
            return "\(f.message); create it first (createdb -h \(address.host) -p \(address.port) \(address.database))"
        case "57P01", "57P02", "57P03":
            return "the server ended the connection (\(f.message)); what was being written was rolled back: run the command again"
        default:
            return f.description
        }
    }

    /// Why a connection could not be made: refused, no such host, timed out.
    static func unreachable(_ error: (any Error)?, _ address: PostgresAddress) -> String {
        let target = "\(address.host):\(address.port)"
        var error = error
        if let e = error as? NIOConnectionError {
            if let first = e.connectionErrors.first { error = first.error } else if e.dnsAError != nil || e.dnsAAAAError != nil {
                return "cannot find the host '\(address.host)'"
            }
        }
        if let e = error as? IOError {
            switch e.errnoCode {
            case ECONNREFUSED: return "cannot connect to \(target): connection refused (is the server running and listening there?)"
            case ETIMEDOUT: return "cannot connect to \(target): timed out"
            case EHOSTUNREACH, ENETUNREACH: return "cannot connect to \(target): no route to the host"
            default: return "cannot connect to \(target): \(String(cString: strerror(e.errnoCode)))"
            }
        }
        if let e = error as? ChannelError, case .connectTimeout = e {
            return "cannot connect to \(target): no answer within \(address.connectTimeout) s"
        }
        if error is SocketAddressError { return "cannot find the host '\(address.host)'" }
        if let error { return "cannot connect to \(target): \(String(describing: error).prefix(120))" }
        return "cannot connect to \(target)"
    }
}
