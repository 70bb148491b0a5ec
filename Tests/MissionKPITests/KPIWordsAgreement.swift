import Foundation

@testable import MissionKPI

/// One hand-labelled KPI text (see KPIWordsAgreementTests for how labels were decided).
struct LabelledKPI: Decodable {
    struct Target: Decodable {
        var value: Double
        var upper: Double?
        var unit: String
        var date: String?
    }
    var title: String
    var description: String?
    var quantity: Bool
    var unit: String?
    var direction: String?
    var target: Target?
    var level: String?
    var placeholder: Bool
    var bareTopic: Bool
    var why: String
}

/// Agreement figures of the reader against a labelled file.
struct KPIWordsAgreement {
    var count = 0
    var quantity = 0.0, target = 0.0, level = 0.0, placeholder = 0.0, bareTopic = 0.0
    /// Among KPIs both sides say name a quantity / state a target / have a direction.
    var unit = 0.0, targetValue = 0.0, direction = 0.0
    var disagreements = ""

    static func measure(file: String) throws -> KPIWordsAgreement {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/kpi-words/\(file)")
        let items = try JSONDecoder().decode([LabelledKPI].self, from: Data(contentsOf: url))
        var a = KPIWordsAgreement()
        a.count = items.count
        var q = 0, t = 0, l = 0, p = 0, b = 0, u = 0, uN = 0, tv = 0, tvN = 0, d = 0, dN = 0
        var lines: [String] = []
        for item in items {
            let r = KPIWords.read(title: item.title, description: item.description)
            var wrong: [String] = []
            if r.namesQuantity == item.quantity { q += 1 } else { wrong.append("quantity \(r.namesQuantity) (\(r.unit?.evidence ?? "-"))") }
            if (r.target != nil) == (item.target != nil) {
                t += 1
            } else {
                wrong.append("target \(r.target.map { "\($0.value.value) '\($0.evidence)'" } ?? "none")")
            }
            if r.level?.value.rawValue == item.level {
                l += 1
            } else {
                wrong.append("level \(r.level.map { "\($0.value.rawValue) (\($0.evidence))" } ?? "none") vs \(item.level ?? "none")")
            }
            if r.isPlaceholder == item.placeholder { p += 1 } else { wrong.append("placeholder \(r.isPlaceholder)") }
            if r.isBareTopic == item.bareTopic { b += 1 } else { wrong.append("bare topic \(r.isBareTopic)") }
            if item.quantity, let ru = r.unit {
                uN += 1
                if ru.value.rawValue == item.unit { u += 1 } else { wrong.append("unit \(ru.value.rawValue) vs \(item.unit ?? "-")") }
            }
            if let lt = item.target, let rt = r.target {
                tvN += 1
                if abs(rt.value.value - lt.value) < 1e-9, rt.value.upper == lt.upper, rt.value.date?.description == lt.date {
                    tv += 1
                } else {
                    wrong.append(
                        "target value \(rt.value.value)/\(rt.value.upper.map { "\($0)" } ?? "-")/\(rt.value.date?.description ?? "-") vs \(lt.value)/\(lt.upper.map { "\($0)" } ?? "-")/\(lt.date ?? "-")"
                    )
                }
            }
            if let ld = item.direction, let rd = r.direction {
                dN += 1
                if rd.value.rawValue == ld { d += 1 } else { wrong.append("direction \(rd.value.rawValue) ('\(rd.evidence)') vs \(ld)") }
            }
            if !wrong.isEmpty {
                lines.append("  \(item.title.prefix(60)) | \((item.description ?? "").prefix(50)): \(wrong.joined(separator: "; "))")
            }
        }
        let n = Double(items.count)
        a.quantity = Double(q) / n
        a.target = Double(t) / n
        a.level = Double(l) / n
        a.placeholder = Double(p) / n
        a.bareTopic = Double(b) / n
        a.unit = uN == 0 ? 1 : Double(u) / Double(uN)
        a.targetValue = tvN == 0 ? 1 : Double(tv) / Double(tvN)
        a.direction = dN == 0 ? 1 : Double(d) / Double(dN)
        a.disagreements = lines.joined(separator: "\n")
        return a
    }

    func report(title: String) -> String {
        func pc(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }
        return """
            KPI-words agreement, \(title):
              names a quantity \(pc(quantity)), states a target \(pc(target)), level \(pc(level)), \
            placeholder \(pc(placeholder)), bare topic \(pc(bareTopic))
              where both name one: unit \(pc(unit)); target value/range/date \(pc(targetValue)); direction \(pc(direction))
            disagreements:
            \(disagreements)
            """
    }
}
