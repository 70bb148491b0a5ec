extension ReturnsValidator {
    static let periodForms = "a month (2025-04), a quarter (2025-Q1), a financial year (FY2025-26) or a date range (2025-04-01/2025-06-30)"

    /// Checks one data row, reporting every problem in it, and keeps it when there is none.
    func check(row: Int, fields: [String], state: inout FileState) {
        if fields.allSatisfy({ $0.isEmpty }) { return }  // a blank row, as spreadsheets write them
        state.dataRows += 1
        guard !state.isFull(at: row), let layout = state.layout, layout.usable else { return }
        guard fields.count == layout.width else {
            state.error(
                row, min(fields.count, layout.width) + 1,
                "the row has \(fields.count) field\(fields.count == 1 ? "" : "s") but the header has \(layout.width); quote any field that holds a comma (\"like, this\")"
            )
            return
        }
        let before = state.diagnostics.count
        let contractId = trimmed(fields[layout.contract])
        let kpiId = trimmed(fields[layout.kpi])
        let periodText = trimmed(fields[layout.period])
        let valueText = trimmed(fields[layout.value])
        let (cc, kc, pc, vc) = (layout.contract + 1, layout.kpi + 1, layout.period + 1, layout.value + 1)

        let contract = contractId.isEmpty ? nil : self.contract(contractId, &state)
        if contractId.isEmpty {
            state.error(row, cc, "the contract is empty; write the id of the contract the value is for")
        } else if contract == nil {
            let hint = contractSuggester.didYouMean(contractId)
            state.error(row, cc, "unknown contract \(quoted: contractId)\(hint.isEmpty ? "; no contract in Contracts/ has this id" : hint)")
        }

        let kpi = contract?.kpis[kpiId]
        if kpiId.isEmpty {
            state.error(row, kc, "the KPI is empty; write the id of one of the contract's KPIs")
        } else if let contract, kpi == nil {
            if let owners = kpiOwners[kpiId] {
                let list = owners.sorted().prefix(3).map { "\(quoted: $0)" }.joined(separator: ", ")
                state.error(row, kc, "KPI \(quoted: kpiId) belongs to contract \(list), not \(quoted: contractId); correct the contract or the KPI")
            } else {
                state.error(row, kc, "contract \(quoted: contractId) has no KPI \(quoted: kpiId)\(state.kpiHint(kpiId, of: contract))")
            }
        }

        var period = periodText.isEmpty ? nil : state.period(periodText, financialYearStart)
        if period == nil {
            let what = periodText.isEmpty ? "the period is empty" : "\(quoted: periodText) is not a period"
            state.error(row, pc, "\(what); write \(ReturnsValidator.periodForms)")
        } else if let p = period, !p.isInAcceptedRange {
            // What the tracker cannot store is refused here, where the row and column are known.
            state.error(
                row, pc,
                "period \(periodText) runs \(p.start) to \(p.end), outside \(Day.first) to \(Day.last), the days a return can cover; check the year"
            )
            period = nil
        }
        if let period, let contract, period.end < contract.start || period.start > contract.end {
            state.error(
                row, pc,
                "period \(periodText) (\(period.start) to \(period.end)) is outside contract \(quoted: contractId), which runs \(contract.start) to \(contract.end); check the year"
            )
        }
        if let period, let kpi, let frequency = kpi.frequency, !ReturnsRules.fits(period, frequency) {
            let what = period.kind == .range ? "a date range of \(period.days) days" : ReturnsRules.describe(period.kind)
            state.error(
                row, pc,
                "KPI \(quoted: kpiId) is reported \(frequency.rawValue), but \(periodText) is \(what); write \(ReturnsRules.expected(frequency, example: example(for: period, frequency)))"
            )
        }

        let value = ReturnsRules.number(valueText)
        if valueText.isEmpty {
            state.error(row, vc, "the value is empty; write a number, or leave the row out when there is no data")
        } else if value == nil {
            state.error(
                row, vc,
                "value \(quoted: valueText) is not a number; write digits with '.' for decimals (e.g. 72.5), without units, '%' or thousands separators"
            )
        } else if let value, let kpi, kpi.isPercent, !(0...100).contains(value) {
            state.error(row, vc, "value \(clipped: valueText) is outside 0–100 for a percent KPI; write the percentage itself (72.5 for 72.5%)")
        }

        if let n = layout.note, fields[n].utf8.contains(0) {
            state.error(row, n + 1, "the note holds a NUL character (byte 0), which a tracker cannot store; remove it")
        }

        guard state.diagnostics.count == before, let period, let value, let contract, let kpi else { return }
        let key = FileState.Key(kpi: kpi.serial, start: Int32(period.start.ordinal), end: Int32(period.end.ordinal))
        if let first = state.seen.updateValue(row, forKey: key) {
            state.seen[key] = first
            state.error(
                row, pc,
                "KPI \(quoted: contractId + "/" + kpiId) has period \(periodText) again (first on row \(first)); keep one row per KPI and period (send a correction in a later file)"
            )
            return
        }
        let note = layout.note.map { fields[$0] }
        state.rows.append(
            ReturnRow(
                contract: contract.id, kpi: kpi.id, period: period, value: value, note: note?.isEmpty == false ? note : nil, row: row,
                kpiKey: kpi.serial))
    }

    /// The day a "write … such as" hint starts from: the period's own start, or for an annual KPI the
    /// first financial year of the accepted years that holds it (0001-01 lies in FY0000-01, not accepted).
    func example(for period: Period, _ frequency: Frequency) -> Day {
        guard frequency == .annually else { return period.start }
        let start = financialYearStart.financialYearStart(containing: period.start)
        return start.isInAcceptedRange ? start : financialYearStart.financialYear(startingIn: start.year + 1).start
    }

    /// The text without surrounding spaces or tabs.
    func trimmed(_ s: String) -> String {
        guard let f = s.utf8.first, let l = s.utf8.last, f == 0x20 || f == 0x09 || l == 0x20 || l == 0x09 else { return s }
        var t = Substring(s)
        while t.first == " " || t.first == "\t" { t.removeFirst() }
        while t.last == " " || t.last == "\t" { t.removeLast() }
        return String(t)
    }
}
