/// What the words rules share: the imported example contract, and cheap checks that spare most KPIs a
/// full reading (a rule runs on every KPI of every contract).
enum WordsRuleSupport {
    /// The example contract `c1` as an import writes it: a `source:` block, KPIs without level or direction.
    static func importedContract(kpis: String) -> String {
        ExampleWorkspace.contractHead + """

            source: {ocid: ocds-demo-0001, contract: "1", release: ocds-demo-0001-rel-1, date: 2026-08-11, notice: UK6}
            kpis:
            \(kpis)
            """
    }

    /// Whether the words could be a placeholder: every word is a small, numbering, procurement or
    /// deferring word (most KPIs fail this at their first real word, with no reading).
    static func mightBePlaceholder(_ k: KPI) -> Bool {
        let text = k.title + " " + (k.description ?? "")
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
            let w = String(word)
            if KPIWords.stopWords.contains(w) || KPIWords.documentWords.contains(w) || KPIWords.timingWords.contains(w) { continue }
            if quietWords.contains(w) { continue }
            return false
        }
        return true
    }

    /// The words of deferring and numbering phrases, looked up once per word.
    static let quietWords: Set<String> = Set(
        (KPIWords.deferringPhrases + KPIWords.numberingPhrases).flatMap { (p: Phrase) -> [String] in p.parts.map(\.text) }
            + ["indicator", "indicators", "key", "performance", "service", "level", "agreement"])

    /// Whether the KPI could be a bare topic: no description and at most two words of substance.
    static func mightBeBareTopic(_ k: KPI) -> Bool {
        guard (k.description ?? "").allSatisfy(\.isWhitespace) else { return false }
        return k.title.split(whereSeparator: { !$0.isLetter }).filter { !KPIWords.stopWords.contains($0.lowercased()) }.count <= 2
    }

    /// The title and description, quoted for a message (at most ~80 characters).
    static func quoted(_ k: KPI) -> String {
        let words = (k.title + (k.description.map { " — " + $0 } ?? "")).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return "'" + (words.count > 80 ? String(words.prefix(77)) + "…" : words) + "'"
    }
}
