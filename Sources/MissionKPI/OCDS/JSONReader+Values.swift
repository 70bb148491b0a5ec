import Foundation

extension JSONReader {
    /// Reads one value (after whitespace), keeping what `keep` asks for.
    public func readValue(keep: JSONKeep) throws -> JSONNode {
        guard let b = try skipWhitespace() else { throw fail("the file ends where a value was expected; it is cut short") }
        let start = offset
        switch b {
        case 0x7B:  // {
            var members: [JSONNode.Member] = []
            try readMembers { key in
                if keep.whole {
                    let name = try self.keyString(key)
                    members.append(JSONNode.Member(key: name, node: try self.readValue(keep: .all)))
                } else if let child = keep.child(key) {
                    members.append(JSONNode.Member(key: child.name, node: try self.readValue(keep: child.keep)))
                } else {
                    try self.skipValue()
                }
            }
            return JSONNode(.object(members), offset: start)
        case 0x5B:  // [
            var items: [JSONNode] = []
            try readElements { _ in items.append(try self.readValue(keep: keep)) }
            return JSONNode(.array(items), offset: start)
        case 0x22:
            pos += 1
            try readString()
            return JSONNode(.string(try scratchString(start)), offset: start)
        default:
            return JSONNode(try readScalar(b), offset: start)
        }
    }

    /// Skips one value (after whitespace), checking its syntax without building it.
    public func skipValue() throws {
        guard let b = try skipWhitespace() else { throw fail("the file ends where a value was expected; it is cut short") }
        switch b {
        case 0x7B: try readMembers { _ in try self.skipValue() }
        case 0x5B: try readElements { _ in try self.skipValue() }
        case 0x22:
            pos += 1
            try skipString()
        default: _ = try readScalar(b)
        }
    }

    /// Reads an object (after whitespace) member by member: `body` gets each key's UTF-8 bytes (valid
    /// during the call) and must read or skip the member's value.
    public func readMembers(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        try expect(0x7B, "'{'")
        try enter()
        defer { depth -= 1 }
        if try skipWhitespace() == 0x7D { pos += 1; return }
        while true {
            guard let b = try skipWhitespace() else { throw fail("the file ends inside an object; it is cut short") }
            guard b == 0x22 else { throw fail("expected a member name in double quotes but found \(Self.describe(b))") }
            pos += 1
            try readString()
            try expect(0x3A, "':' after the member name")
            // The key is handed over as a copy (on the stack when small): reading the value reuses `scratch`.
            let count = scratch.count
            try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(count, 1)) { copy in
                scratch.withUnsafeBufferPointer { key in
                    for i in 0..<count { copy[i] = key[i] }
                }
                try body(UnsafeBufferPointer(rebasing: copy[0..<count]))
            }
            guard let next = try skipWhitespace() else { throw fail("the file ends inside an object; it is cut short") }
            pos += 1
            if next == 0x7D { return }
            guard next == 0x2C else { throw fail("expected ',' or '}' after a member but found \(Self.describe(next))", at: offset - 1) }
        }
    }

    /// Reads an array (after whitespace) element by element: `body` gets each index and must read or
    /// skip the element.
    public func readElements(_ body: (Int) throws -> Void) throws {
        try expect(0x5B, "'['")
        try enter()
        defer { depth -= 1 }
        if try skipWhitespace() == 0x5D { pos += 1; return }
        var index = 0
        while true {
            try body(index)
            index += 1
            guard let next = try skipWhitespace() else { throw fail("the file ends inside a list; it is cut short") }
            pos += 1
            if next == 0x5D { return }
            guard next == 0x2C else { throw fail("expected ',' or ']' after a list item but found \(Self.describe(next))", at: offset - 1) }
        }
    }

    func enter() throws {
        depth += 1
        if depth > Self.maxDepth { throw fail("the JSON is nested more than \(Self.maxDepth) levels deep") }
    }

    /// The key bytes as text.
    func keyString(_ key: UnsafeBufferPointer<UInt8>) throws -> String {
        guard UTF8Check.isValid(key) else { throw fail("a member name is not valid UTF-8") }
        return String(decoding: key, as: UTF8.self)
    }

    /// The string just read into `scratch`, checked to be UTF-8.
    func scratchString(_ start: Int) throws -> String {
        try scratch.withUnsafeBufferPointer { bytes in
            guard UTF8Check.isValid(bytes) else { throw fail("this text is not valid UTF-8; save the file as UTF-8", at: start) }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// A number, `true`, `false` or `null` starting with `b`; also `Infinity`, `-Infinity` and `NaN`,
    /// which real Find a Tender packages contain (e.g. `"maximumLotsBidPerSupplier": Infinity`).
    func readScalar(_ b: UInt8) throws -> JSONNode.Value {
        switch b {
        case 0x74: try literal("true"); return .bool(true)
        case 0x66: try literal("false"); return .bool(false)
        case 0x6E: try literal("null"); return .null
        // Not JSON, but Find a Tender writes them (Python's json does): read as numbers no amount can use.
        case 0x49: try literal("Infinity"); return .number("Infinity")
        case 0x4E: try literal("NaN"); return .number("NaN")
        case 0x2D, 0x30...0x39: return .number(try readNumber())
        default:
            throw fail(
                "expected a value (an object, a list, a text in double quotes, a number, true, false or null) but found \(Self.describe(b))"
            )
        }
    }

    func literal(_ word: StaticString) throws {
        let start = offset
        for i in 0..<word.utf8CodeUnitCount {
            guard try peek() == word.utf8Start[i] else { throw fail("expected '\(word)'; is a value misspelt or unquoted?", at: start) }
            pos += 1
        }
    }

    /// A number by the JSON grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, as written.
    func readNumber() throws -> String {
        let start = offset
        scratch.removeAll(keepingCapacity: true)
        func take() throws -> UInt8? {
            guard let b = try peek() else { return nil }
            scratch.append(b)
            pos += 1
            return b
        }
        func digits() throws -> Int {
            var n = 0
            while let b = try peek(), b >= 0x30 && b <= 0x39 { _ = try take(); n += 1 }
            return n
        }
        if try peek() == 0x2D {
            _ = try take()
            if try peek() == 0x49 { try literal("Infinity"); return "-Infinity" }
        }
        if try peek() == 0x30 {
            _ = try take()
            if let b = try peek(), b >= 0x30 && b <= 0x39 { throw fail("a number may not start with 0 (write 7, not 07)", at: start) }
        } else if try digits() == 0 {
            throw fail("'-' must be followed by digits", at: start)
        }
        if try peek() == 0x2E {
            _ = try take()
            guard try digits() > 0 else { throw fail("a decimal point must be followed by digits", at: start) }
        }
        if let e = try peek(), e == 0x65 || e == 0x45 {
            _ = try take()
            if let s = try peek(), s == 0x2B || s == 0x2D { _ = try take() }
            guard try digits() > 0 else { throw fail("an exponent must have digits", at: start) }
        }
        return String(decoding: scratch, as: UTF8.self)
    }
}
