import Foundation

/// Suggestions for near misses ("did you mean …").
///
/// The cost is bounded: a word longer than `maxLength` bytes gets no suggestion (no id, key or column
/// name is that long), candidates whose length alone puts them too far are skipped, and the distance
/// is computed 64 columns at a time (Myers' bit-parallel algorithm), stopping once it cannot come
/// back under the threshold. For many questions over one long list use `Suggester`.
public enum Suggest {
    /// The longest word compared: ids are at most 64 characters.
    public static let maxLength = Identifier.maxLength

    /// The candidate closest to `word`, if it is near enough to be a likely typo (at most
    /// max(2, a third of its length) edits); of equals, the first in byte order wins, so the answer never
    /// depends on the order of `candidates` (callers pass sets and dictionary keys, whose order changes
    /// from run to run: the loader fuzzer found two runs suggesting different ids, equal but for case).
    public static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
        guard let matcher = Matcher(word) else { return nil }
        var best: (String, Int)?
        for candidate in candidates {
            let bound = min(matcher.threshold, best?.1 ?? .max)
            guard let d = matcher.distance(to: Array(candidate.lowercased().utf8), atMost: bound) else { continue }
            if let (name, distance) = best, distance == d, !candidate.utf8.lexicographicallyPrecedes(name.utf8) { continue }
            best = (candidate, d)
        }
        return best?.0
    }

    /// `"; did you mean 'x'?"` or an empty text.
    public static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> String {
        nearest(to: word, in: candidates).map { "; did you mean \(quoted: $0)?" } ?? ""
    }

    /// Levenshtein distance over bytes (the plain dynamic programme; for tests and small words).
    static func distance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// One word (at most 64 bytes, lower-cased) against candidates, by Myers' bit-vector algorithm.
    struct Matcher {
        let count: Int
        /// The most edits a suggestion may be away.
        let threshold: Int
        /// For each byte, the positions of the word holding it.
        private var peq = [UInt64](repeating: 0, count: 256)

        init?(_ word: String) {
            let w = Array(word.lowercased().utf8)
            guard !w.isEmpty, w.count <= Suggest.maxLength else { return nil }
            count = w.count
            threshold = max(2, w.count / 3)
            for (i, b) in w.enumerated() { peq[Int(b)] |= 1 << UInt64(i) }
        }

        /// The distance to `text` when it is at most `bound`, else nil.
        func distance(to text: [UInt8], atMost bound: Int) -> Int? {
            text.withUnsafeBufferPointer { t in peq.withUnsafeBufferPointer { distance(t, bound, $0) } }
        }

        /// The index in `texts` (slices `offsets[i]..<offsets[i + 1]` of `blob`) of the nearest text
        /// within the threshold, the first of equals; one pass with the tables held.
        func nearest(blob: [UInt8], offsets: [Int]) -> Int? {
            blob.withUnsafeBufferPointer { all in
                peq.withUnsafeBufferPointer { table in
                    var best: (index: Int, distance: Int)?
                    for i in 0..<(offsets.count - 1) {
                        let bound = min(threshold, (best?.distance ?? .max) - 1)
                        let text = UnsafeBufferPointer(rebasing: all[offsets[i]..<offsets[i + 1]])
                        if let d = distance(text, bound, table) { best = (i, d) }
                    }
                    return best?.index
                }
            }
        }

        private func distance(_ text: UnsafeBufferPointer<UInt8>, _ bound: Int, _ peq: UnsafeBufferPointer<UInt64>) -> Int? {
            guard bound >= 0, abs(text.count - count) <= bound else { return nil }
            var pv: UInt64 = count == 64 ? ~0 : (1 << UInt64(count)) - 1
            var mv: UInt64 = 0
            var score = count
            let high: UInt64 = 1 << UInt64(count - 1)
            var left = text.count
            for t in text {
                let eq = peq[Int(t)]
                let xv = eq | mv
                let xh = (((eq & pv) &+ pv) ^ pv) | eq
                var ph = mv | ~(xh | pv)
                var mh = pv & xh
                if ph & high != 0 { score += 1 } else if mh & high != 0 { score -= 1 }
                ph = (ph << 1) | 1
                mh = mh << 1
                pv = mh | ~(xv | ph)
                mv = ph & xv
                left -= 1
                if score - left > bound { return nil }  // each remaining byte lowers the score by one at most
            }
            return score <= bound ? score : nil
        }
    }
}

/// "Did you mean" over one long list of candidates (every contract id), asked for many words (every
/// row naming an unknown contract): each distinct word is looked up once, and the comparisons over
/// all lookups are capped at `budget`; past it, words get no suggestion. Thread-safe. Questions asked
/// in the same order get the same answers (the returns reading asks in file order, on one thread).
public final class Suggester: @unchecked Sendable {
    private let candidates: [String]
    /// The candidates lower-cased, end to end; candidate `i` is `blob[offsets[i]..<offsets[i + 1]]`.
    private let blob: [UInt8]
    private let offsets: [Int]
    private let lock = NSLock()
    private var answers: [String: String?] = [:]
    private var budget: Int

    /// Prepares `candidates` (ties go to the first in byte order, as `Suggest.nearest`); `budget` is the
    /// most candidates compared in all (2,000,000: 200 distinct words at 10k contracts, a few tenths of a second).
    public init(_ candidates: [String], budget: Int = 2_000_000) {
        let candidates = candidates.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        self.candidates = candidates
        var blob: [UInt8] = [], offsets = [0]
        for c in candidates {
            blob += c.lowercased().utf8
            offsets.append(blob.count)
        }
        self.blob = blob
        self.offsets = offsets
        self.budget = budget
    }

    /// The nearest candidate to `word` (as `Suggest.nearest`), nil when none is near or the budget is spent.
    public func nearest(_ word: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        if let known = answers[word] { return known }
        var answer: String?
        if budget > 0, let matcher = Suggest.Matcher(word) {
            budget -= candidates.count
            answer = matcher.nearest(blob: blob, offsets: offsets).map { candidates[$0] }
        }
        if answers.count < 100_000 { answers[word] = answer }
        return answer
    }

    /// `"; did you mean 'x'?"` or an empty text.
    public func didYouMean(_ word: String) -> String { nearest(word).map { "; did you mean \(quoted: $0)?" } ?? "" }
}
