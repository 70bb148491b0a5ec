import Foundation
import MissionKPI
import PostgresNIO

/// Observation rows gathered column by column and stored with one statement per `limit` rows:
/// `INSERT INTO observation … SELECT unnest($1::text[]), unnest($2::text[]), …`, each column one
/// array parameter (binary, written in place: `PGArrayParameter`), so a statement carries tens of
/// thousands of rows in one round trip, and each followed by `appendSeries`, the same rows appended to
/// their KPIs' series (`PostgresSchema.v3`), so the read model never lags the table. The
/// arrays are unnested in the select list, in step (a ProjectSet, row by row), not in FROM (a
/// function scan that first copies every array into a tuplestore): 1.7 s of the server's CPU for
/// the 10k benchmark's 1,252,336 rows into a bare table, against 2.6 s, and as little as
/// `COPY … FROM STDIN` (text), which is not used (postgres-nio's `copyFrom` is async and text only,
/// and can hang when the server ends the session mid-copy). A note is sent as '' for none, which the
/// schema never stores (`note <> ''`); days as numbers of days since 2000-01-01.
///
/// Rows added with their KPI's key (`ReturnRow.kpiKey`, in contract and KPI order) are sent in the
/// table's key order (KPI, period, version), whatever order the files came in: the primary key's
/// index is then filled page after page instead of all over (a sixth less of the server's time for
/// the benchmark; the whole tracker in key order when groups follow contracts).
///
/// ```swift
/// var rows = ObservationRows()
/// rows.add(contract: "c", kpi: "k", kpiKey: 0, period: p, value: 1, note: nil, version: 1, fileId: 7, row: 2)
/// try rows.store(on: connection)
/// ```
struct ObservationRows {
    /// Rows per statement: enough that a statement's overhead is small, few enough that the server can
    /// start on the first while the client prepares the next.
    static let limit = 20_000

    static let insert = """
        INSERT INTO observation (contract_id, kpi_id, period, period_start, period_end, value, note, version, file_id, row)
        SELECT unnest($1::text[]), unnest($2::text[]), unnest($3::text[]), DATE '2000-01-01' + unnest($4::int4[]),
            DATE '2000-01-01' + unnest($5::int4[]), unnest($6::float8[]), NULLIF(unnest($7::text[]), ''), unnest($8::int4[]),
            unnest($9::int8[]), unnest($10::int4[])
        """

    private var contract: [String] = [], kpi: [String] = [], period: [String] = [], note: [String] = []
    private var start: [Int32] = [], end: [Int32] = [], version: [Int32] = [], row: [Int32] = []
    private var value: [Double] = []
    /// Each row's KPI key, when every row was added with one (the rows are then sent in key order).
    private var kpiKey: [Int32] = []
    private var file: [Int64] = []
    /// The rows gathered and not yet stored.
    var count: Int { contract.count }

    /// Adds one version of a value of the KPI whose key is `kpiKey`.
    mutating func add(
        contract c: String, kpi k: String, kpiKey key: Int32, period p: Period, value v: Double, note n: String?, version ver: Int, fileId: Int64,
        row r: Int
    ) {
        if kpiKey.count == count { kpiKey.append(key) }
        add(contract: c, kpi: k, period: p.text, start: p.start, end: p.end, value: v, note: n, version: ver, fileId: fileId, row: r)
    }

    /// Adds one version of a value, its period given as text and days.
    mutating func add(
        contract c: String, kpi k: String, period p: String, start s: Day, end e: Day, value v: Double, note n: String?, version ver: Int,
        fileId: Int64, row r: Int
    ) {
        contract.append(c)
        kpi.append(k)
        period.append(p)
        start.append(Int32(clamping: s.ordinal - PGRowDecoder.epochShift))
        end.append(Int32(clamping: e.ordinal - PGRowDecoder.epochShift))
        value.append(v)
        note.append(n ?? "")
        version.append(Int32(clamping: ver))
        file.append(fileId)
        row.append(Int32(clamping: r))
    }

    /// Adds a statement's rows to their KPIs' series (`observation_series`, `SeriesCodec`): one row per
    /// KPI, appended to when the KPI has one already.
    static let appendSeries = """
        INSERT INTO observation_series AS s (contract_id, kpi_id, observations, data)
        SELECT unnest($1::text[]), unnest($2::text[]), unnest($3::int4[]), unnest($4::bytea[])
        ON CONFLICT (contract_id, kpi_id) DO UPDATE SET observations = s.observations + EXCLUDED.observations, data = s.data || EXCLUDED.data
        """

    /// Says, for this session, that it keeps the series in step (the schema refuses observations
    /// from a session that has not: `PostgresSchema.v3`).
    static let keepingSeries = "SELECT set_config('missionkpi.series', 'kept', false)"

    /// Stores every row gathered (in statements of `limit` rows), waiting for each, and forgets them.
    mutating func store(on connection: PGConnection) throws {
        for sent in try send(on: connection) { try connection.finish(sent) }
    }

    /// Sends every row gathered (in statements of `limit` rows) without waiting, and forgets them;
    /// the statements to wait for.
    mutating func send(on connection: PGConnection) throws -> [PGConnection.Sent] {
        var sent: [PGConnection.Sent] = []
        guard count > 0 else { return sent }
        sent.append(try connection.send(ObservationRows.keepingSeries))
        let order = keyOrder()
        var from = 0
        while from < count {
            let to = min(from + ObservationRows.limit, count)
            let rows = order.map { Array($0[from..<to]) } ?? Array(from..<to)
            sent.append(try connection.send(ObservationRows.insert, try columns(rows)))
            sent.append(try connection.send(ObservationRows.appendSeries, try series(rows, grouped: kpiKey.count == count)))
            from = to
        }
        self = ObservationRows()
        return sent
    }

    /// The rows at `indices` as `insert`'s ten array parameters, written in place (`PGArrayParameter`).
    private func columns(_ indices: [Int]) throws -> PostgresBindings {
        var binds = PostgresBindings(capacity: 10)
        try binds.append(PGArrayParameter(texts: contract, at: indices))
        try binds.append(PGArrayParameter(texts: kpi, at: indices))
        try binds.append(PGArrayParameter(texts: period, at: indices))
        try binds.append(PGArrayParameter(.int4, integers: start, at: indices))
        try binds.append(PGArrayParameter(.int4, integers: end, at: indices))
        try binds.append(PGArrayParameter(doubles: value, at: indices))
        try binds.append(PGArrayParameter(texts: note, at: indices))
        try binds.append(PGArrayParameter(.int4, integers: version, at: indices))
        try binds.append(PGArrayParameter(.int8, integers: file, at: indices))
        try binds.append(PGArrayParameter(.int4, integers: row, at: indices))
        return binds
    }

    /// The series of the rows at `indices` (`appendSeries`' parameters): one entry per KPI, its rows in
    /// the order given, each KPI once however its rows are spread (`grouped`: each KPI's rows are
    /// together, as when they are in key order, and need no looking up).
    private func series(_ indices: [Int], grouped: Bool) throws -> PostgresBindings {
        var contracts: [String] = [], kpis: [String] = [], groups: [[Int]] = []
        /// Where each KPI's entry is, for rows that come back to a KPI after another's.
        var entry: [String: [String: Int]] = [:]
        var last = -1
        for i in indices {
            if last >= 0, contracts[last] == contract[i], kpis[last] == kpi[i] {
                groups[last].append(i)
            } else if !grouped, let earlier = entry[contract[i]]?[kpi[i]] {
                groups[earlier].append(i)
                last = earlier
            } else {
                last = contracts.count
                contracts.append(contract[i])
                kpis.append(kpi[i])
                groups.append([i])
                if !grouped { entry[contract[i], default: [:]][kpi[i]] = last }
            }
        }
        // Each KPI's bytes sized first, then every KPI written in one pass (`SeriesCodec.write`).
        var sizes: [Int] = []
        sizes.reserveCapacity(groups.count)
        for group in groups {
            sizes.append(group.reduce(0) { $0 + SeriesCodec.size(period: period[$1], note: note[$1].isEmpty ? nil : note[$1]) })
        }
        let data = PGArrayParameter(.bytea, count: groups.count, bytes: sizes.reduce(0, +) + 4 * groups.count) { raw in
            var at = 0
            for (group, size) in zip(groups, sizes) {
                raw.storeBytes(of: Int32(truncatingIfNeeded: size).bigEndian, toByteOffset: at, as: Int32.self)
                at += 4
                for i in group {
                    SeriesCodec.write(
                        start: start[i], end: end[i], version: version[i], row: row[i], file: file[i], value: value[i], period: period[i],
                        note: note[i].isEmpty ? nil : note[i], to: raw, at: &at)
                }
            }
            return at
        }
        var binds = PostgresBindings(capacity: 4)
        binds.append(contracts)
        binds.append(kpis)
        binds.append(groups.map { Int32(clamping: $0.count) })
        try binds.append(data)
        return binds
    }

    /// The rows' indices in key order (KPI, period, version), or nil when they are in it already or
    /// some row came without its KPI's key.
    private func keyOrder() -> [Int]? {
        guard kpiKey.count == count, count > 1 else { return nil }
        func before(_ a: Int, _ b: Int) -> Bool {
            (kpiKey[a], start[a], end[a], version[a]) < (kpiKey[b], start[b], end[b], version[b])
        }
        guard (1..<count).contains(where: { !before($0 - 1, $0) }) else { return nil }
        return Array(0..<count).sorted(by: before)
    }
}
