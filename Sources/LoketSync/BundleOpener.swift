import LoketCrypto

/// A bundle whose structure, checksum and signature have been checked; the body is still encrypted.
public struct SealedBundle {
    public let header: BundleHeader
    public let byteCount: Int
    let bytes: [UInt8]
    let bodyRange: Range<Int>
}

/// Reads bundle files, checking in the order BUNDLE-FORMAT.md gives ("Checking"), so the first
/// problem found is the one reported.
public enum BundleOpener {
    /// Structure, version, length, trailing checksum and signature (by the key the header names).
    public static func check(_ bytes: [UInt8]) throws(BundleProblem) -> SealedBundle {
        let F = BundleFormat.self
        guard bytes.count >= F.prefixSize, bytes.prefix(8).elementsEqual(F.magic) else {
            // Shorter than the prefix but a prefix of the magic: a cut copy, not another kind of file.
            if bytes.count < F.prefixSize, !bytes.isEmpty, F.magic.starts(with: bytes.prefix(8)) {
                throw .truncated(expected: F.prefixSize, actual: bytes.count)
            }
            throw .notABundle
        }
        return try bytes.withUnsafeBytes { raw in
            Result { () throws(BundleProblem) in try checkLayout(raw, bytes: bytes) }
        }.get()
    }

    private static func checkLayout(_ raw: UnsafeRawBufferPointer, bytes: [UInt8]) throws(BundleProblem) -> SealedBundle {
        let F = BundleFormat.self
        let version = raw.readLE(UInt32.self, at: 8)
        guard version == F.version else { throw .unsupportedVersion(version) }
        let headerLength = Int(raw.readLE(UInt32.self, at: 12))
        guard headerLength == F.headerSize else { throw .corrupted }
        let bodyLengthAt = F.prefixSize + headerLength
        guard raw.count >= bodyLengthAt + 8 else { throw .truncated(expected: bodyLengthAt + 8, actual: raw.count) }
        let bodyLength = raw.readLE(UInt64.self, at: bodyLengthAt)
        guard bodyLength < UInt64(Int.max / 2) else { throw .corrupted }
        let bodyStart = bodyLengthAt + 8
        let signatureAt = bodyStart + Int(bodyLength)
        let expected = signatureAt + F.signatureSize + F.hashSize
        guard raw.count >= expected else { throw .truncated(expected: expected, actual: raw.count) }
        guard raw.count == expected else { throw .corrupted }

        var hasher = SHA256()
        hasher.update(raw.slice(0, signatureAt))
        var signedHasher = hasher
        let signedDigest = signedHasher.finalize()
        hasher.update(raw.slice(signatureAt, F.signatureSize))
        guard hasher.finalize().elementsEqual(raw.slice(signatureAt + F.signatureSize, F.hashSize)) else { throw .corrupted }

        guard let header = BundleFormat.decode(raw.slice(F.prefixSize, headerLength)) else { throw .corrupted }
        let signature = Array(raw.slice(signatureAt, F.signatureSize))
        guard header.origin.verify(signature: signature, of: F.signatureContext + signedDigest) else { throw .badSignature }
        return SealedBundle(header: header, byteCount: raw.count, bytes: bytes, bodyRange: bodyStart..<signatureAt)
    }

    /// Everything a recipient checks before the contents: the checks above, then that it is meant for
    /// `keys` and signed by a key `trusts` accepts; then decrypts the body.
    public static func open(_ bytes: [UInt8], keys: SigningKeyPair,
                            trusts: (PublicKey) -> Bool) throws(BundleProblem) -> (BundleHeader, [UInt8]) {
        let sealed = try check(bytes)
        guard sealed.header.recipient == keys.publicKey else { throw .wrongRecipient }
        guard trusts(sealed.header.origin) else { throw .unknownSigner(fingerprint: sealed.header.origin.fingerprint) }
        return (sealed.header, try decrypt(sealed, keys: keys))
    }

    static func decrypt(_ sealed: SealedBundle, keys: SigningKeyPair) throws(BundleProblem) -> [UInt8] {
        guard let key = SealedBox.open(sealed.header.sealedKey, with: keys),
              var stream = SecretStream.Decryptor(key: key, header: sealed.header.streamHeader) else { throw .undecryptable }
        let plainCount = sealed.header.plainByteCount
        guard plainCount <= UInt64(sealed.bodyRange.count) else { throw .undecryptable }
        var plain: [UInt8] = []
        plain.reserveCapacity(Int(plainCount))
        let ok = sealed.bytes.withUnsafeBytes { raw -> Bool in
            var o = sealed.bodyRange.lowerBound
            while o < sealed.bodyRange.upperBound {
                guard o + 4 <= sealed.bodyRange.upperBound else { return false }
                let n = Int(raw.readLE(UInt32.self, at: o))
                o += 4
                guard n <= sealed.bodyRange.upperBound - o, stream.pull(raw.slice(o, n), to: &plain) else { return false }
                o += n
            }
            return stream.sawFinal
        }
        guard ok, UInt64(plain.count) == plainCount else { throw .undecryptable }
        return plain
    }
}
