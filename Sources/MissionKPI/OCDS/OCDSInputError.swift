import Foundation

/// Why OCDS input could not be imported: the file, the place (line and column, and the JSON path when
/// known), what is wrong and how to fix it. Any such error stops the whole import.
public struct OCDSInputError: Error, LocalizedError, Sendable, Equatable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    public var line: Int
    public var column: Int
    /// The JSON path of the offending value (`$.releases[3].ocid`), or nil.
    public var jsonPath: String?
    public var message: String

    /// Creates an error at a place already known.
    public init(file: String, line: Int, column: Int, jsonPath: String?, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.jsonPath = jsonPath
        self.message = message
    }

    /// An error at byte `offset` of `path` (shown as `file`), its line and column found by reading the file.
    public init(file: String, path: String, offset: Int, jsonPath: String?, message: String) {
        let place = JSONPositions.locate(offset, in: path)
        self.init(file: file, line: place.line, column: place.column, jsonPath: jsonPath, message: message)
    }

    /// `file:line:column: error: $.path: message`.
    public var description: String {
        "\(file):\(line):\(column): error: " + (jsonPath.map { "\($0): " } ?? "") + message
    }

    public var errorDescription: String? { description }
}

/// Text from OCDS input in messages.
public enum OCDSWords {
    /// `text` on one line, at most `limit` characters, in quotes: input echoed in a message (the one
    /// quoting of every diagnostic, `Quote.quoted`, with a shorter limit).
    public static func quoted(_ text: String, limit: Int = 60) -> String { Quote.quoted(text, limit: limit) }
}
