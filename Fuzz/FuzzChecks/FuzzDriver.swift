import Foundation
import FuzzSupport
import MissionKPI

/// Starts libFuzzer, which calls `callback` with each input; its exit status (non-zero after a crash).
///
/// ```swift
/// @_cdecl("fuzz_x_main") public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
///     runFuzzer(argc, argv) { data, size in X.one(UnsafeBufferPointer(start: data, count: size)); return 0 }
/// }
/// ```
public func runFuzzer(
    _ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32 {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &arguments, callback)
}

/// A property every input must keep; a broken one stops the process (libFuzzer saves the input).
public func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    guard !condition() else { return }
    FileHandle.standardError.write(Data(("fuzz property broken: " + message() + "\n").utf8))
    fatalError("fuzz property broken")
}

/// Checks shared by the harnesses.
public enum Checks {
    /// The most characters a message may have: a sentence, a few quotes of at most `Quote.limit`
    /// characters, a list of allowed words.
    public static let longestMessage = 1200

    /// Every diagnostic is in one of `files`, at a line and column from 1, one line long, and quotes little.
    public static func diagnostics(_ diagnostics: [Diagnostic], files: Set<String>) {
        for d in diagnostics {
            require(files.contains(d.location.file), "diagnostic for an unknown file: \(d.location.file)")
            require(d.location.line >= 1 && d.location.column >= 1, "diagnostic at line/column < 1: \(d)")
            require(!d.message.isEmpty, "empty message at \(d.location)")
            let scalars = d.message.unicodeScalars
            require(!scalars.contains { $0 == "\n" || $0 == "\r" }, "a message over several lines: \(d.description.prefix(300))")
            require(scalars.count <= longestMessage, "a message of \(scalars.count) characters: \(d.description.prefix(300))")
        }
    }
}
