import LoketCrypto

/// What a bundle says about itself, in the clear and under the signature (BUNDLE-FORMAT.md, "Header").
public struct BundleHeader: Equatable, Sendable {
    public enum Kind: UInt8, Sendable {
        /// A contiguous range of the origin's journal records (desk data up, status records down).
        case records = 1
        /// A signed receipt: the origin holds the recipient's records up to `lastSequence`.
        case receipt = 2
    }

    public var kind: Kind
    /// The journal (desk) id of the chain the records belong to.
    public var originDeskId: [UInt8]
    /// Who signed it.
    public var origin: PublicKey
    /// Whom it is encrypted for.
    public var recipient: PublicKey
    public var firstSequence: UInt64
    public var lastSequence: UInt64
    /// Hash of record `firstSequence - 1` (zeros when the range starts at 1): where this range continues.
    public var previousHash: [UInt8]
    /// Hash of record `lastSequence`: what the next bundle will continue from.
    public var lastHash: [UInt8]
    /// Milliseconds since the Unix epoch.
    public var createdAt: Int64
    public var plainByteCount: UInt64
    /// The one-time stream key, sealed for `recipient`.
    public var sealedKey: [UInt8]
    public var streamHeader: [UInt8]

    public var recordCount: UInt64 { kind == .records && lastSequence >= firstSequence ? lastSequence - firstSequence + 1 : 0 }
}

/// Byte layout of a bundle file. All integers little-endian.
enum BundleFormat {
    static let magic: [UInt8] = Array("LOKETBDL".utf8)
    static let version: UInt32 = 1
    static let hashSize = 32
    static let deskIdSize = 16
    static let keySize = 32
    static var signatureSize: Int { SigningKeyPair.signatureByteCount }
    static var sealedKeySize: Int { SecretStream.keyByteCount + SealedBox.overhead }
    /// magic 8 | version 4 | header length 4
    static let prefixSize = 16
    static var headerSize: Int { 1 + deskIdSize + keySize * 2 + 8 * 2 + hashSize * 2 + 8 + 8 + sealedKeySize + SecretStream.headerByteCount }
    /// Plain bytes per encrypted chunk: large enough to be fast, small enough to stream.
    static let chunkSize = 1 << 20
    /// Separates bundle signatures from any other use of the same key.
    static let signatureContext: [UInt8] = Array("LOKET-BUNDLE-SIGNATURE-1".utf8)

    static func encode(_ h: BundleHeader) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(headerSize)
        out.append(h.kind.rawValue)
        out.append(contentsOf: h.originDeskId)
        out.append(contentsOf: h.origin.bytes)
        out.append(contentsOf: h.recipient.bytes)
        out.appendLE(h.firstSequence)
        out.appendLE(h.lastSequence)
        out.append(contentsOf: h.previousHash)
        out.append(contentsOf: h.lastHash)
        out.appendLE(UInt64(bitPattern: h.createdAt))
        out.appendLE(h.plainByteCount)
        out.append(contentsOf: h.sealedKey)
        out.append(contentsOf: h.streamHeader)
        precondition(out.count == headerSize)
        return out
    }

    /// nil when the fields are not a header of this version (a kind or key that cannot be).
    static func decode(_ b: UnsafeRawBufferPointer) -> BundleHeader? {
        guard b.count == headerSize, let kind = BundleHeader.Kind(rawValue: b[0]) else { return nil }
        var o = 1
        func take(_ n: Int) -> [UInt8] { defer { o += n }; return Array(b.slice(o, n)) }
        func u64() -> UInt64 { defer { o += 8 }; return b.readLE(UInt64.self, at: o) }
        let deskId = take(deskIdSize)
        guard let origin = PublicKey(bytes: take(keySize)), let recipient = PublicKey(bytes: take(keySize)) else { return nil }
        let first = u64(), last = u64()
        let previous = take(hashSize), lastHash = take(hashSize)
        let created = Int64(bitPattern: u64())
        let plain = u64()
        return BundleHeader(kind: kind, originDeskId: deskId, origin: origin, recipient: recipient,
                            firstSequence: first, lastSequence: last, previousHash: previous, lastHash: lastHash,
                            createdAt: created, plainByteCount: plain, sealedKey: take(sealedKeySize),
                            streamHeader: take(SecretStream.headerByteCount))
    }
}
