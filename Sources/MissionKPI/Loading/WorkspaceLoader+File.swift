extension WorkspaceLoader {
    /// Decodes one contract file on its own, with the checks inside the file but none across files:
    /// for contract-shaped files kept outside `Contracts/` (the import's record of what it last wrote).
    /// `path` names the file in messages (its stem must be the contract id); `folder` is the department
    /// folder the contract should name.
    public static func decodeContract(_ bytes: [UInt8], path: String, folder: String) -> (contract: Contract?, diagnostics: [Diagnostic]) {
        let result = loadFile(job: Job(path: path, kind: .contract(folder: folder)), bytes: .success(bytes))
        if case .contract(let c) = result.decoded { return (c, result.diagnostics) }
        return (nil, result.diagnostics)
    }
}
