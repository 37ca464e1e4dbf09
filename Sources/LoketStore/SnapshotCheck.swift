import LoketCore
import LoketCrypto

/// What `loket verify` says about `snapshot.bin`: opening trusts a snapshot whose stamp matches the
/// checked journal, so verify also folds the journal itself and compares, which catches a snapshot
/// that carries a valid checksum and stamp but not the journal's content.
public enum SnapshotCheck: Equatable, Sendable {
    case absent
    /// Damaged, of another version or another desk: opening ignores it and replays the journal.
    case ignored
    case matches(sequence: UInt64)
    case differs(sequence: UInt64)

    public var isHealthy: Bool { if case .differs = self { false } else { true } }

    public var message: String {
        switch self {
        case .absent: return "Snapshot: belum ada (dibuat saat Loket ditutup)."
        case .ignored: return "Snapshot: tidak dipakai (rusak, versi lain, atau tidak cocok dengan jurnal); Loket membaca ulang jurnal."
        case .matches(let n): return "Snapshot: sama dengan isi jurnal sampai catatan \(n)."
        case .differs(let n):
            return "Snapshot TIDAK SAMA dengan isi jurnal sampai catatan \(n). Hapus berkas snapshot.bin "
                + "(Loket akan membaca ulang jurnal) dan laporkan ke petugas teknis."
        }
    }
}

extension SnapshotCheck {
    /// Reads the journal without the lock (like `Journal.verify`); call it on a journal that verified healthy.
    public static func of(directory: String, fileSystem: any FileSystem = PosixFileSystem()) -> SnapshotCheck {
        guard fileSystem.exists(joinPath(directory, Snapshot.fileName)) else { return .absent }
        guard let snapshot = Snapshot.read(directory: directory, fileSystem: fileSystem),
              let bytes = try? fileSystem.readFile(joinPath(directory, Journal.fileName)),
              bytes.count >= JournalFormat.fileHeaderSize,
              Array(bytes[12..<28]) == snapshot.deskId else { return .ignored }
        var replay = DeskState()
        var stampMatches = false
        bytes.withUnsafeBytes { raw in
            var offset = JournalFormat.fileHeaderSize
            while offset < raw.count {
                guard case .record(let record, let size) = JournalRecord.decode(UnsafeRawBufferPointer(rebasing: raw[offset...])),
                      record.sequence <= snapshot.sequence,
                      let envelope = try? EventEnvelope.decode(record.payload),
                      (try? replay.apply(envelope, timestamp: record.timestamp)) != nil else { return }
                if record.sequence == snapshot.sequence {
                    stampMatches = SHA256.hash(UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + size)])) == snapshot.recordHash
                    return
                }
                offset += size
            }
        }
        guard stampMatches else { return .ignored }
        replay.finishLoading()
        return replay.hasSameRegistrations(as: snapshot.state) ? .matches(sequence: snapshot.sequence) : .differs(sequence: snapshot.sequence)
    }
}
