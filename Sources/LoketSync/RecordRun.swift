import LoketCrypto
import LoketStore

/// One journal record inside a bundle's plain bytes.
public struct RecordSpan: Equatable, Sendable {
    public let offset: Int
    public let size: Int
    public let sequence: UInt64
    public let timestamp: Int64
    /// SHA-256 of the record's bytes.
    public let hash: [UInt8]

    /// The event bytes within the plain buffer.
    public var payloadRange: Range<Int> { (offset + RecordRun.payloadOffset)..<(offset + size) }
}

/// The raw journal records a bundle carries, re-checked exactly as the journal checks them
/// (Sources/LoketStore/FORMAT.md): length, CRC32C, consecutive sequence numbers, the hash chain from
/// the header's previous hash to its last hash, and the desk id.
public enum RecordRun {
    static let payloadOffset = 72
    static let headerSize = 72

    public static func verify(_ plain: [UInt8], header: BundleHeader) throws(BundleProblem) -> [RecordSpan] {
        guard header.firstSequence >= 1, header.lastSequence >= header.firstSequence else {
            throw .invalidRecords(detail: "rentang nomor catatan tidak sah")
        }
        let expectedCount = Int(header.lastSequence - header.firstSequence + 1)
        var spans: [RecordSpan] = []
        spans.reserveCapacity(expectedCount)
        var previous = header.previousHash
        let problem: String? = plain.withUnsafeBytes { raw -> String? in
            var o = 0
            var sequence = header.firstSequence
            while o < raw.count {
                guard raw.count - o >= headerSize else { return "catatan \(sequence) terpotong" }
                let length = Int(raw.readLE(UInt32.self, at: o))
                guard length >= 64, length <= JournalFormat.maxBodySize, length + 8 <= raw.count - o else {
                    return "panjang catatan \(sequence) salah"
                }
                let size = length + 8
                guard CRC32C.checksum(raw.slice(o + 8, length)) == raw.readLE(UInt32.self, at: o + 4) else {
                    return "checksum catatan \(sequence) salah"
                }
                guard raw.readLE(UInt64.self, at: o + 8) == sequence else { return "nomor catatan \(sequence) salah" }
                guard raw.slice(o + 16, 32).elementsEqual(previous) else { return "rantai hash putus di catatan \(sequence)" }
                guard raw.slice(o + 56, 16).elementsEqual(header.originDeskId) else { return "catatan \(sequence) dari loket lain" }
                let hash = SHA256.hash(raw.slice(o, size))
                spans.append(RecordSpan(offset: o, size: size, sequence: sequence,
                                        timestamp: Int64(bitPattern: raw.readLE(UInt64.self, at: o + 48)), hash: hash))
                previous = hash
                o += size
                sequence += 1
            }
            return nil
        }
        if let problem { throw .invalidRecords(detail: problem) }
        guard spans.count == expectedCount else { throw .invalidRecords(detail: "jumlah catatan tidak sesuai kepala bundle") }
        guard previous == header.lastHash else { throw .invalidRecords(detail: "hash catatan terakhir tidak sesuai kepala bundle") }
        return spans
    }
}
