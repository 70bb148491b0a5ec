import Testing

@testable import MissionKPI

/// SHA-256 against the FIPS 180-4 / NIST CAVP examples, fed whole, byte by byte and in uneven pieces.
@Suite struct SHA256Tests {
    @Test func knownDigests() {
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(
            SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func piecesGiveTheSameDigestAsTheWhole() {
        let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let whole = SHA256.hex(bytes)
        var h = SHA256()
        var start = 0
        var size = 1
        while start < bytes.count {
            let end = min(bytes.count, start + size)
            h.update(bytes[start..<end])
            start = end
            size = size * 3 % 127 + 1
        }
        #expect(h.finalizeHex() == whole)
        // A non-contiguous collection takes the copying path.
        var lazy = SHA256()
        lazy.update(bytes.lazy.map { $0 })
        #expect(lazy.finalizeHex() == whole)
    }

    @Test func aCopyHashesOnIndependently() {
        var first = SHA256()
        first.update(Array("ab".utf8))
        var second = first
        first.update(Array("c".utf8))
        second.update(Array("d".utf8))
        #expect(first.finalizeHex() == SHA256.hex(Array("abc".utf8)))
        #expect(second.finalizeHex() == SHA256.hex(Array("abd".utf8)))
    }
}
