import MissionKPI

extension Tracker {
    /// A SHA-256 that changes whenever the tracker's content does: the content hashes of the returns files
    /// recorded (observations come only from them) and the number of published assessments (append-only,
    /// never changed or deleted). Publish compares it to skip a re-publish of unchanged inputs.
    public func contentKey() throws -> String {
        var h = SHA256()
        for sha in try recordedFiles().keys.sorted() { h.update(Array((sha + "\n").utf8)) }
        h.update(Array("published \(try publishedAssessments().count)\n".utf8))
        return h.finalizeHex()
    }
}
