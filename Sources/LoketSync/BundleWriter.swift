import LoketCrypto

/// Builds a bundle file (BUNDLE-FORMAT.md): header, encrypted body in chunks, signature, checksum.
public enum BundleWriter {
    public struct Contents {
        public var kind: BundleHeader.Kind
        public var originDeskId: [UInt8]
        public var firstSequence: UInt64
        public var lastSequence: UInt64
        public var previousHash: [UInt8]
        public var lastHash: [UInt8]
        public var createdAt: Int64

        public init(kind: BundleHeader.Kind, originDeskId: [UInt8], firstSequence: UInt64, lastSequence: UInt64,
                    previousHash: [UInt8], lastHash: [UInt8], createdAt: Int64) {
            self.kind = kind
            self.originDeskId = originDeskId
            self.firstSequence = firstSequence
            self.lastSequence = lastSequence
            self.previousHash = previousHash
            self.lastHash = lastHash
            self.createdAt = createdAt
        }
    }

    /// `progress` gets the fraction of the body encrypted so far.
    public static func write(_ contents: Contents, plain: [UInt8], signer: SigningKeyPair, recipient: PublicKey,
                             progress: (Double) -> Void = { _ in }) -> [UInt8]? {
        let key = SecretStream.generateKey()
        guard let sealed = SealedBox.seal(key, to: recipient), var stream = SecretStream.Encryptor(key: key) else { return nil }
        let header = BundleHeader(
            kind: contents.kind, originDeskId: contents.originDeskId, origin: signer.publicKey, recipient: recipient,
            firstSequence: contents.firstSequence, lastSequence: contents.lastSequence,
            previousHash: contents.previousHash, lastHash: contents.lastHash, createdAt: contents.createdAt,
            plainByteCount: UInt64(plain.count), sealedKey: sealed, streamHeader: stream.header)
        let chunkCount = max(1, (plain.count + BundleFormat.chunkSize - 1) / BundleFormat.chunkSize)
        let bodySize = plain.count + chunkCount * (4 + SecretStream.chunkOverhead)

        var out = BundleFormat.magic
        out.reserveCapacity(BundleFormat.prefixSize + BundleFormat.headerSize + 8 + bodySize
                            + BundleFormat.signatureSize + BundleFormat.hashSize)
        out.appendLE(BundleFormat.version)
        out.appendLE(UInt32(BundleFormat.headerSize))
        out.append(contentsOf: BundleFormat.encode(header))
        out.appendLE(UInt64(bodySize))
        plain.withUnsafeBytes { raw in
            for i in 0..<chunkCount {
                let start = i * BundleFormat.chunkSize
                let chunk = raw.slice(start, min(BundleFormat.chunkSize, raw.count - start))
                out.appendLE(UInt32(chunk.count + SecretStream.chunkOverhead))
                stream.push(chunk, isFinal: i == chunkCount - 1, to: &out)
                progress(Double(i + 1) / Double(chunkCount))
            }
        }
        var hasher = SHA256()
        hasher.update(out)
        var signedHasher = hasher
        let signature = signer.sign(BundleFormat.signatureContext + signedHasher.finalize())
        out.append(contentsOf: signature)
        hasher.update(signature)
        out.append(contentsOf: hasher.finalize())
        return out
    }
}
