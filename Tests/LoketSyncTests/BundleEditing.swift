import LoketCrypto
@testable import LoketSync

/// Changes to bundle bytes, as an attacker or a bad copy would make them.
enum BundleEditing {
    /// Recomputes the trailing SHA-256, as someone changing the file on purpose would.
    static func fixChecksum(_ bytes: [UInt8]) -> [UInt8] {
        var b = Array(bytes.dropLast(32))
        b.append(contentsOf: SHA256.hash(b))
        return b
    }

    /// Offset of the first body byte (after magic, version, header length, header, body length).
    static var bodyStart: Int { BundleFormat.prefixSize + BundleFormat.headerSize + 8 }

    /// Offset of the origin key in the file.
    static var originKeyOffset: Int { BundleFormat.prefixSize + 1 + 16 }
}

extension SyncTestStore {
    /// A records bundle of this store's journal from `first` to the end, for `recipient`.
    func rangeBundle(from first: UInt64, to recipient: PublicKey, last: UInt64? = nil, signer: SigningKeyPair? = nil) throws -> [UInt8] {
        let journal = store.journal
        let end = last ?? journal.lastSequence
        var plain: [UInt8] = []
        var previous = [UInt8](repeating: 0, count: 32)
        var lastHash: [UInt8] = []
        journal.forEachRecord(from: max(1, first - 1)) { r in
            if r.sequence == first - 1 { previous = r.hash }
            if r.sequence >= first && r.sequence <= end {
                plain.append(contentsOf: r.bytes)
                lastHash = r.hash
            }
        }
        let contents = BundleWriter.Contents(kind: .records, originDeskId: journal.deskId, firstSequence: first,
                                             lastSequence: end, previousHash: previous, lastHash: lastHash, createdAt: 1)
        return BundleWriter.write(contents, plain: plain, signer: try signer ?? sync.keys(), recipient: recipient)!
    }
}
