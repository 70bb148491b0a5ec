import Foundation
import MissionKPI
import Testing

@testable import MissionKPIStorePostgres

/// The PostgreSQL reader's caches of repeated texts and periods: the same bytes give the cached value,
/// other bytes (same length, a prefix, empty) never do. No server needed.
@Suite struct PGRowCacheTests {
    @Test func sameBytesComparesLengthAndEveryByte() {
        let stored = Array("2026-10".utf8)
        Array("2026-10".utf8).withUnsafeBytes { #expect(sameBytes(stored, $0)) }
        Array("2026-11".utf8).withUnsafeBytes { #expect(!sameBytes(stored, $0)) }
        Array("2026-1".utf8).withUnsafeBytes { #expect(!sameBytes(stored, $0)) }
        [UInt8]().withUnsafeBytes { #expect(sameBytes([], $0) && !sameBytes(stored, $0)) }
    }

    @Test func aTextCacheReturnsTheTextOfTheBytesItIsGiven() {
        var cache = TextCache()
        for text in ["alb-017", "alb-017", "alb-018", "", "alb-018", "é"] {
            let read = Array(text.utf8).withUnsafeBytes { cache.read($0) }
            #expect(read == text)
        }
    }

    @Test func aPeriodCacheTellsPeriodsApartByTextAndDays() {
        var cache = PeriodCache()
        let a = Array("2026-10".utf8).withUnsafeBytes { cache.read($0, start: 9769, end: 9799) }
        let again = Array("2026-10".utf8).withUnsafeBytes { cache.read($0, start: 9769, end: 9799) }
        let other = Array("2026-11".utf8).withUnsafeBytes { cache.read($0, start: 9800, end: 9829) }
        #expect(a == again && a.text == "2026-10" && other.text == "2026-11" && a != other)
    }
}
