import CYAML

/// Why a YAML text could not be turned into a tree.
public struct YAMLError: Error, Sendable, Equatable {
    public var message: String
    public var mark: Mark
}

/// Builds a `YAMLNode` tree from YAML text through libyaml's event API.
///
/// Anchors, aliases and custom tags are refused, so a small file cannot expand into a large tree;
/// duplicate keys are refused at the repeated key; nesting deeper than `maxDepth` is refused.
public enum YAMLParser {
    /// The deepest nesting accepted; workspace files need fewer than ten levels.
    public static let maxDepth = 64

    /// Parses one YAML document. Returns `nil` for a stream with no document (an empty file).
    /// A leading UTF-8 byte order mark is skipped, as editors on Windows write one.
    public static func parse(_ bytes: [UInt8]) throws(YAMLError) -> YAMLNode? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return try parse(Array(bytes.dropFirst(3))) }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw YAMLError(message: "the YAML parser could not start (out of memory)", mark: Mark(line: 1, column: 1))
        }
        defer { yaml_parser_delete(&parser) }
        return try bytes.withUnsafeBufferPointer { (buffer) throws(YAMLError) -> YAMLNode? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var builder = TreeBuilder(bytes: buffer)
            return try builder.run(&parser)
        }
    }
}

/// The event loop: a stack of open collections, closed as their end events arrive.
/// Frames are mutated in place on the stack (no pop and push per value), so building the tree costs
/// little more than the nodes themselves.
private struct TreeBuilder {
    struct Frame {
        var isMapping: Bool
        var mark: Mark
        var items: [YAMLNode] = []
        var entries: [YAMLEntry] = []
        var pendingKey: YAMLScalar?
        /// Keys seen so far, once a mapping has 16 or more (smaller ones are scanned).
        var seen: Set<String>?
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var stack: [Frame] = []
    var root: YAMLNode?
    var documents = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func run(_ parser: inout yaml_parser_t) throws(YAMLError) -> YAMLNode? {
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                throw parserError(parser)
            }
            defer { yaml_event_delete(&event) }
            let mark = Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return root
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw YAMLError(message: "a second YAML document ('---') was found; put one document in each file", mark: mark)
                }
            case YAML_ALIAS_EVENT:
                throw YAMLError(message: "YAML aliases and anchors ('*name', '&name') are not accepted; write the value out in full", mark: mark)
            case YAML_SCALAR_EVENT:
                let s = event.data.scalar
                try refuseAnchorAndTag(anchor: s.anchor, tag: s.tag, mark: mark)
                let text = String(decoding: UnsafeBufferPointer(start: s.value, count: s.length), as: UTF8.self)
                let quoted = s.style != YAML_PLAIN_SCALAR_STYLE
                try add(.scalar(YAMLScalar(text: text, isQuoted: quoted, mark: mark)))
            case YAML_SEQUENCE_START_EVENT:
                try refuseAnchorAndTag(anchor: event.data.sequence_start.anchor, tag: event.data.sequence_start.tag, mark: mark)
                try push(Frame(isMapping: false, mark: mark), mark: mark)
            case YAML_MAPPING_START_EVENT:
                try refuseAnchorAndTag(anchor: event.data.mapping_start.anchor, tag: event.data.mapping_start.tag, mark: mark)
                try push(Frame(isMapping: true, mark: mark), mark: mark)
            case YAML_SEQUENCE_END_EVENT:
                guard let frame = stack.popLast(), !frame.isMapping else { break }
                try add(.sequence(frame.items, frame.mark))
            case YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast(), frame.isMapping else { break }
                try add(.mapping(frame.entries, frame.mark))
            default:
                break
            }
        }
    }

    mutating func push(_ frame: Frame, mark: Mark) throws(YAMLError) {
        if stack.count >= YAMLParser.maxDepth {
            throw YAMLError(message: "the YAML is nested more than \(YAMLParser.maxDepth) levels deep; flatten it", mark: mark)
        }
        stack.append(frame)
    }

    mutating func add(_ node: YAMLNode) throws(YAMLError) {
        let top = stack.count - 1
        guard top >= 0 else {
            root = node
            return
        }
        guard stack[top].isMapping else {
            stack[top].items.append(node)
            return
        }
        if let key = stack[top].pendingKey {
            stack[top].entries.append(YAMLEntry(key: key, value: node))
            stack[top].pendingKey = nil
            return
        }
        guard case .scalar(let key) = node else {
            throw YAMLError(message: "a mapping key must be a plain text, not \(node.kindDescription)", mark: node.mark)
        }
        if Self.isDuplicate(key, in: &stack[top]) {
            let first = stack[top].entries.first { $0.key.text == key.text }?.key.mark
            let at = first.map { " (first at line \($0.line), column \($0.column))" } ?? ""
            throw YAMLError(message: "duplicate key \(quoted: key.text)\(at); remove one of them", mark: key.mark)
        }
        stack[top].pendingKey = key
    }

    /// Small mappings are scanned; past 16 keys a set takes over, so a huge mapping stays linear.
    static func isDuplicate(_ key: YAMLScalar, in frame: inout Frame) -> Bool {
        if frame.seen == nil {
            if frame.entries.count < 16 { return frame.entries.contains { $0.key.hasText(key.text) } }
            frame.seen = Set(frame.entries.map(\.key.text))
        }
        return !frame.seen!.insert(key.text).inserted
    }

    func refuseAnchorAndTag(anchor: UnsafeMutablePointer<UInt8>?, tag: UnsafeMutablePointer<UInt8>?, mark: Mark) throws(YAMLError) {
        if let anchor {
            let name = String(cString: anchor)
            throw YAMLError(message: "YAML aliases and anchors (here \(quoted: "&" + name)) are not accepted; write each value out in full", mark: mark)
        }
        if let tag {
            let name = String(cString: tag)
            if !name.hasPrefix("tag:yaml.org,2002:") {
                throw YAMLError(message: "the YAML tag \(quoted: name) is not accepted; remove it", mark: mark)
            }
        }
    }

    /// A byte that is not UTF-8 or a character YAML refuses, at its own line and column (libyaml gives
    /// the byte offset of a reader error, not its line), named so that the file can be fixed.
    func readerError(_ parser: yaml_parser_t, _ problem: String) -> YAMLError {
        var offset = min(Int(parser.problem_offset), bytes.count)
        let value = Int(parser.problem_value)
        let character = problem.hasPrefix("control characters") || problem.hasPrefix("invalid Unicode character")
        // libyaml points at the byte after a sequence's lead (0xE9 then ')' is "invalid trailing octet" at
        // the ')'); the lead byte is the one the person typed: found by scanning, once, on this error only.
        if !character, let start = TextBytes.firstInvalidUTF8(bytes), start <= offset { offset = start }
        let mark = TextBytes.mark(of: offset, in: bytes)
        if character, value >= 0 {
            let hex = String(value, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            return YAMLError(message: "the character \(code) is not allowed in YAML text (\(problem)); remove it", mark: mark)
        }
        guard offset < bytes.count else {
            return YAMLError(message: "the file ends inside a character that is not complete UTF-8; save the file as UTF-8", mark: mark)
        }
        return YAMLError(
            message: "the byte \(TextBytes.name(bytes[offset])) is not UTF-8 text (\(problem)); save the file as UTF-8 (in most editors: Save As, encoding UTF-8)",
            mark: mark)
    }

    func parserError(_ parser: yaml_parser_t) -> YAMLError {
        let m = parser.problem_mark
        let mark = Mark(line: Int(m.line) + 1, column: Int(m.column) + 1)
        var problem = parser.problem.map { String(cString: $0) } ?? "the YAML is malformed"
        if let context = parser.context.map({ String(cString: $0) }) {
            problem = "\(problem) \(context)"
        }
        if parser.error == YAML_READER_ERROR { return readerError(parser, problem) }
        // libyaml says "found character that cannot start any token" for a tab; say what it is.
        let offset = Int(m.index)
        if offset < bytes.count, bytes[offset] == 0x09 {
            return YAMLError(message: "a tab character is not allowed here: YAML indents with spaces only; replace the tab with spaces", mark: mark)
        }
        return YAMLError(message: "YAML syntax error: \(problem); check the indentation and quoting", mark: mark)
    }
}
