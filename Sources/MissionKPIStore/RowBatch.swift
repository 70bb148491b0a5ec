import MissionKPI

/// Rows of one file on their way to the writer, in the tracker's key order, with the text each row
/// binds packed next to each other: the reading thread, which has time to spare, lays the bytes out,
/// and the writer copies one slice per row instead of converting four strings and two days.
///
/// ```swift
/// let batch = RowBatch(rows)                 // on the reading thread
/// batch.rows[i]; batch.slice(i)              // on the writer: the row, and its packed text
/// ```
@_spi(TrackerBackend) public struct RowBatch {
    /// Where one row's text sits in `text`: contract, KPI and period (their byte counts here), the
    /// first and last days as `YYYY-MM-DD` each followed by a NUL, then the note (-1: no note).
    struct Slot {
        var offset: Int32
        var contract: Int32
        var kpi: Int32
        var period: Int32
        var note: Int32

        /// The bytes after the period: both days with their NULs.
        static let daysCount: Int32 = 22

        /// The slot's length in bytes.
        var count: Int32 { contract + kpi + period + Slot.daysCount + max(note, 0) }
    }

    /// The rows, in key order.
    public let rows: [ReturnRow]
    /// Every row's text, one slot after another.
    private(set) var text: [UInt8] = []
    /// Per row, where its text is.
    private(set) var slots: [Slot] = []

    /// Sorts the rows into key order and packs their text.
    init(_ rows: [ReturnRow]) {
        self.rows = RowBatch.keyOrder(rows)
        slots.reserveCapacity(rows.count)
        text.reserveCapacity(rows.count * 64)
        for r in self.rows {
            var slot = Slot(offset: Int32(text.count), contract: 0, kpi: 0, period: 0, note: -1)
            slot.contract = append(r.contract)
            slot.kpi = append(r.kpi)
            slot.period = append(r.period.text)
            RowBatch.write(r.period.start, into: &text)
            RowBatch.write(r.period.end, into: &text)
            if let note = r.note { slot.note = append(note) }
            slots.append(slot)
        }
    }

    /// The rows in the tracker's key order (contract, KPI, period): SQLite inserts a sorted batch with
    /// fewer page visits. A file holds a KPI and period once, so the order within a file changes no outcome.
    static func keyOrder(_ batch: [ReturnRow]) -> [ReturnRow] {
        batch.sorted { a, b in
            if a.kpiKey != b.kpiKey { return a.kpiKey < b.kpiKey }
            if a.period.start != b.period.start { return a.period.start < b.period.start }
            return a.period.end < b.period.end
        }
    }

    private mutating func append(_ s: String) -> Int32 {
        let before = text.count
        var s = s
        s.withUTF8 { text.append(contentsOf: $0) }
        return Int32(text.count - before)
    }

    /// Appends a day as the ten bytes `YYYY-MM-DD` and a NUL.
    private static func write(_ d: Day, into b: inout [UInt8]) {
        let y = d.year
        b.append(UInt8(truncatingIfNeeded: 0x30 + y / 1000 % 10))
        b.append(UInt8(truncatingIfNeeded: 0x30 + y / 100 % 10))
        b.append(UInt8(truncatingIfNeeded: 0x30 + y / 10 % 10))
        b.append(UInt8(truncatingIfNeeded: 0x30 + y % 10))
        b.append(0x2D)
        b.append(UInt8(truncatingIfNeeded: 0x30 + d.month / 10))
        b.append(UInt8(truncatingIfNeeded: 0x30 + d.month % 10))
        b.append(0x2D)
        b.append(UInt8(truncatingIfNeeded: 0x30 + d.day / 10))
        b.append(UInt8(truncatingIfNeeded: 0x30 + d.day % 10))
        b.append(0)
    }
}
