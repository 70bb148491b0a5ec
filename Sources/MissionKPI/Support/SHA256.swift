import CCrypto

/// SHA-256 (FIPS 180-4), for content hashes of inputs, returns files and published files.
///
/// Backed by the system libcrypto (OpenSSL's EVP interface), which uses the CPU's SHA extensions where
/// present: about 1.7 GB/s here against 0.19 GB/s for the hand-written Swift version it replaced, whose
/// hashing of every published file was 12% of `publish`'s CPU at 10,000 contracts. A value type: a copy
/// made part-way hashes on independently (the context is copied on write).
public struct SHA256 {
    /// The digest, fetched once: OpenSSL 3 otherwise looks the algorithm up on every initialisation.
    nonisolated(unsafe) private static let digest: OpaquePointer = {
        guard let md = EVP_MD_fetch(nil, "SHA256", nil) else { fatalError("libcrypto offers no SHA256") }
        return md
    }()

    /// An EVP digest context, freed with its owner.
    private final class Context {
        let pointer: OpaquePointer

        init() {
            guard let ctx = EVP_MD_CTX_new(), EVP_DigestInit_ex(ctx, SHA256.digest, nil) == 1 else {
                fatalError("libcrypto could not start a SHA-256 digest")
            }
            pointer = ctx
        }

        init(copying other: Context) {
            guard let ctx = EVP_MD_CTX_new(), EVP_MD_CTX_copy_ex(ctx, other.pointer) == 1 else {
                fatalError("libcrypto could not copy a SHA-256 digest")
            }
            pointer = ctx
        }

        deinit { EVP_MD_CTX_free(pointer) }
    }

    private var context = Context()

    public init() {}

    /// The lowercase hex digest of `bytes`.
    public static func hex(_ bytes: some Collection<UInt8>) -> String {
        var h = SHA256()
        h.update(bytes)
        return h.finalizeHex()
    }

    /// Adds `bytes` to the message.
    public mutating func update(_ bytes: some Collection<UInt8>) {
        if bytes.withContiguousStorageIfAvailable({ update(UnsafeRawBufferPointer($0)) }) != nil { return }
        let copy = Array(bytes)
        copy.withUnsafeBytes { update($0) }
    }

    private mutating func update(_ raw: UnsafeRawBufferPointer) {
        guard let base = raw.baseAddress, raw.count > 0 else { return }
        if !isKnownUniquelyReferenced(&context) { context = Context(copying: context) }
        guard EVP_DigestUpdate(context.pointer, base, raw.count) == 1 else {
            fatalError("libcrypto failed to hash \(raw.count) bytes")
        }
    }

    /// Ends the message and returns its digest as 64 lowercase hex digits.
    public mutating func finalizeHex() -> String {
        if !isKnownUniquelyReferenced(&context) { context = Context(copying: context) }
        var digest = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        guard EVP_DigestFinal_ex(context.pointer, &digest, &length) == 1, length == 32 else {
            fatalError("libcrypto failed to finish a SHA-256 digest")
        }
        return String(unsafeUninitializedCapacity: 64) { out in
            let digits: StaticString = "0123456789abcdef"
            for (i, byte) in digest.enumerated() {
                out[2 * i] = digits.utf8Start[Int(byte >> 4)]
                out[2 * i + 1] = digits.utf8Start[Int(byte & 0xF)]
            }
            return 64
        }
    }
}
