/// Damage found in the log: the first bad record, where it is, and why.
/// Every record before it is intact and stays readable.
public struct JournalProblem: Equatable, Sendable, CustomStringConvertible {
    public enum Reason: Equatable, Sendable {
        /// The record's bytes changed after it was written.
        case checksumMismatch
        /// The length field holds an impossible value.
        case invalidLength(UInt32)
        /// The record is complete but its length field is wrong (it claims to run past the end of the file).
        case damagedLength
        case sequenceMismatch(found: UInt64)
        /// The previous-hash field does not match the record before it.
        case chainBroken
        case deskIdMismatch
        /// The file ends inside a record whose bytes do not match what the writer would have written:
        /// damage, not a crash during a write.
        case damagedTail
        /// A torn tail that could not be copied to `recovered/`, so it was left in place.
        case tornTailNotSaved(detail: String)
    }

    /// The sequence number the bad record should have (its position in the chain).
    public let sequence: UInt64
    /// Byte offset of the bad record in journal.log.
    public let offset: Int
    public let reason: Reason
    /// Intact records before it.
    public let validRecordCount: Int

    public var userMessage: String {
        let why: String
        switch reason {
        case .checksumMismatch: why = "isinya berubah setelah ditulis (checksum tidak cocok)"
        case .invalidLength(let length): why = "panjang catatan tidak masuk akal (\(length))"
        case .damagedLength: why = "kolom panjang catatan rusak"
        case .sequenceMismatch(let found): why = "nomor urutnya salah (tertulis \(found))"
        case .chainBroken: why = "tidak tersambung dengan catatan sebelumnya (rantai hash putus)"
        case .deskIdMismatch: why = "berasal dari loket lain"
        case .damagedTail: why = "catatan terakhir terpotong dan isinya tidak cocok"
        case .tornTailNotSaved: why = "bagian akhir yang terputus tidak bisa disalin ke folder recovered"
        }
        return "Catatan nomor \(sequence) (posisi bita \(offset)) rusak: \(why). "
            + "\(validRecordCount) catatan sebelumnya utuh dan tetap bisa dibaca. "
            + "Jangan hapus atau ubah berkas apa pun; hubungi petugas teknis."
    }

    public var description: String {
        "record \(sequence) at byte \(offset): \(reason) (\(validRecordCount) intact records before it)"
    }
}
