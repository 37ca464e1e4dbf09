#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LoketCrypto

/// What opening found and did, in plain words for the desk.
public struct RecoveryReport: Equatable, Sendable {
    /// Intact records now readable.
    public var recordCount: Int
    /// Bytes of an unfinished last record cut from the end of the log (0 when none).
    public var tornByteCount: Int
    /// Where those bytes were saved before cutting.
    public var savedTornBytesPath: String?
    /// Damage that made the journal read-only.
    public var problem: JournalProblem?

    public var message: String {
        if let problem { return "Data dibuka hanya-baca. " + problem.userMessage }
        if tornByteCount > 0 {
            return "Penyimpanan terakhir terputus sebelum selesai (misalnya listrik mati), jadi belum pernah "
                + "dinyatakan \"Tersimpan\". Bagian itu (\(tornByteCount) bita) dipotong dan disalin ke "
                + "\(savedTornBytesPath ?? "folder recovered"). \(recordCount) catatan utuh; "
                + "tidak ada data tersimpan yang hilang."
        }
        return "Data utuh: \(recordCount) catatan."
    }
}

/// The result of checking a whole journal file, record by record (FORMAT.md, "Reading").
struct JournalScan {
    enum Ending: Equatable {
        /// The last record ends exactly at the end of the file.
        case clean
        /// The file ends inside a record that a crash cut short; safe to cut (after saving it).
        case torn(byteCount: Int)
        /// Damage; nothing from here on is trusted.
        case corrupt(JournalProblem)
    }

    var header: JournalFileHeader
    var recordOffsets: [Int]
    var lastHash: [UInt8]
    /// End of the last intact record.
    var validEnd: Int
    var ending: Ending

    var lastSequence: UInt64 { UInt64(recordOffsets.count) }
}

enum JournalScanner {
    static func scan(_ file: UnsafeRawBufferPointer, path: String) throws(JournalError) -> JournalScan {
        let header: JournalFileHeader
        do { header = try JournalFileHeader.decode(file) } catch {
            switch error {
            case .tooShort: throw .corruptHeader(path: path, reason: "file shorter than its header")
            case .badMagic: throw .corruptHeader(path: path, reason: "not a Loket journal (magic)")
            case .badChecksum: throw .corruptHeader(path: path, reason: "header checksum mismatch")
            case .unsupportedVersion(let v): throw .unsupportedVersion(path: path, version: v)
            }
        }
        typealias F = JournalFormat.Field
        let base = file.baseAddress!
        let end = file.count
        var offsets = [Int]()
        offsets.reserveCapacity(end / 256)
        var previous = JournalFormat.zeroHash
        var offset = JournalFormat.fileHeaderSize
        var ending = JournalScan.Ending.clean

        func corrupt(_ reason: JournalProblem.Reason) -> JournalScan.Ending {
            .corrupt(JournalProblem(sequence: UInt64(offsets.count + 1), offset: offset, reason: reason,
                                    validRecordCount: offsets.count))
        }

        while offset < end {
            let sequence = UInt64(offsets.count + 1)
            let rest = UnsafeRawBufferPointer(rebasing: file[offset...])
            if rest.count < 4 {
                ending = .torn(byteCount: rest.count)
                break
            }
            let length = rest.readLittleEndian(UInt32.self, at: F.length)
            guard length >= JournalFormat.recordFixedBodySize, length <= JournalFormat.maxBodySize else {
                // Blocks a crash left unwritten read as zeros; anything else is damage.
                ending = rest.allSatisfy { $0 == 0 } ? .torn(byteCount: rest.count) : corrupt(.invalidLength(length))
                break
            }
            let size = JournalFormat.recordPrefixSize + Int(length)
            guard size <= rest.count else {
                if let reason = tailDamage(rest, sequence: sequence, previous: previous, deskId: header.deskId) {
                    ending = corrupt(reason)
                } else {
                    ending = .torn(byteCount: rest.count)
                }
                break
            }
            let body = UnsafeRawBufferPointer(rebasing: rest[JournalFormat.recordPrefixSize..<size])
            guard CRC32C.checksum(body) == rest.readLittleEndian(UInt32.self, at: F.crc) else {
                ending = corrupt(.checksumMismatch)
                break
            }
            let found = rest.readLittleEndian(UInt64.self, at: F.sequence)
            guard found == sequence else {
                ending = corrupt(.sequenceMismatch(found: found))
                break
            }
            guard previous.withUnsafeBytes({ memcmp(base + offset + F.previousHash, $0.baseAddress!, 32) }) == 0 else {
                ending = corrupt(.chainBroken)
                break
            }
            guard header.deskId.withUnsafeBytes({ memcmp(base + offset + F.deskId, $0.baseAddress!, 16) }) == 0 else {
                ending = corrupt(.deskIdMismatch)
                break
            }
            offsets.append(offset)
            var hash = SHA256()
            hash.update(UnsafeRawBufferPointer(rebasing: rest[0..<size]))
            previous = hash.finalize()
            offset += size
        }
        return JournalScan(header: header, recordOffsets: offsets, lastHash: previous, validEnd: offset, ending: ending)
    }

    /// The file ends inside this record. A crash leaves a prefix of what the writer meant to write, so
    /// every field present must match what the next record must hold. It is damage instead when a field
    /// differs, or when the bytes already form a complete record under some shorter length (its CRC
    /// matches): then the length field was hit, and a confirmed record must not be cut away.
    static func tailDamage(_ rest: UnsafeRawBufferPointer, sequence: UInt64, previous: [UInt8],
                           deskId: [UInt8]) -> JournalProblem.Reason? {
        typealias F = JournalFormat.Field
        var expected = [UInt8](repeating: 0, count: JournalFormat.recordHeaderSize)
        withUnsafeBytes(of: sequence.littleEndian) { expected.replaceSubrange(F.sequence..<F.previousHash, with: $0) }
        expected.replaceSubrange(F.previousHash..<F.timestamp, with: previous)
        expected.replaceSubrange(F.deskId..<F.payload, with: deskId)
        for i in F.sequence..<max(F.sequence, min(rest.count, F.payload)) where !(F.timestamp..<F.deskId).contains(i) {
            if rest[i] != expected[i] { return .damagedTail }
        }
        guard rest.count >= F.payload else { return nil }
        let stored = rest.readLittleEndian(UInt32.self, at: F.crc)
        var register: UInt32 = 0xFFFF_FFFF
        for i in JournalFormat.recordPrefixSize..<rest.count {
            register = CRC32C.step(register, rest[i])
            if i + 1 >= F.payload, ~register == stored { return .damagedLength }
        }
        return nil
    }
}
