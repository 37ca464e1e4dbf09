/// Everything that can go wrong in the store. `userMessage` is for the person at the desk
/// (Bahasa Indonesia, says what to do); `description` is for logs and developers.
public enum JournalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No journal in the directory and no desk id to create one with.
    case notFound(directory: String)
    /// Another program (or another open in this one) holds the store.
    case locked(holder: LockHolder?)
    case invalidDeskId(byteCount: Int)
    case corruptHeader(path: String, reason: String)
    case unsupportedVersion(path: String, version: UInt32)
    /// The journal was opened read-only because of this damage.
    case readOnly(JournalProblem)
    case payloadTooLarge(byteCount: Int)
    /// Nothing of the failed batch was kept; everything confirmed before it is safe.
    case diskFull(detail: String)
    case writeFailed(detail: String)
    /// Fatal for the session: the disk did not confirm, or the log could not be brought back to a
    /// known end. Nothing more is written until the program is restarted.
    case fsyncFailed(detail: String)
    case io(detail: String)
    case closed

    public var userMessage: String {
        switch self {
        case .notFound(let directory):
            return "Data loket tidak ditemukan di \(directory). Periksa lokasi data, atau buat data baru."
        case .locked(let holder?):
            return "Data sedang dipakai oleh loket lain (\(holder.userDescription)). Tutup program itu dulu."
        case .locked(nil):
            return "Data sedang dipakai oleh program lain. Tutup program itu dulu."
        case .invalidDeskId:
            return "ID loket tidak valid. Hubungi petugas teknis."
        case .corruptHeader:
            return "Berkas data rusak di bagian awal dan tidak bisa dibuka. Jangan hapus atau ubah berkas apa pun; hubungi petugas teknis."
        case .unsupportedVersion(_, let version):
            return "Berkas data dibuat oleh versi Loket yang lebih baru (format \(version)). Perbarui program Loket."
        case .readOnly(let problem):
            return "Data hanya bisa dibaca, tidak bisa ditambah: \(problem.userMessage)"
        case .payloadTooLarge(let count):
            return "Data terlalu besar untuk disimpan (\(count) bita). Hubungi petugas teknis."
        case .diskFull:
            return "Disk penuh: perubahan terakhir TIDAK tersimpan. Semua data yang sudah \"Tersimpan\" aman. Kosongkan ruang disk, lalu simpan lagi."
        case .writeFailed:
            return "Gagal menulis ke disk: perubahan terakhir TIDAK tersimpan. Semua data yang sudah \"Tersimpan\" aman. Coba simpan lagi; bila gagal lagi, hubungi petugas teknis."
        case .fsyncFailed:
            return "Penyimpanan gagal: disk tidak memastikan data tertulis, jadi data terakhir belum pasti tersimpan. Berhenti bekerja, catat data terakhir di kertas, dan hubungi petugas teknis. Jangan lanjutkan dengan program ini."
        case .io:
            return "Gagal membaca atau menulis data di disk. Hubungi petugas teknis."
        case .closed:
            return "Data sudah ditutup. Buka program kembali."
        }
    }

    public var description: String {
        switch self {
        case .notFound(let directory): return "no journal in \(directory) and no desk id to create one"
        case .locked(let holder?): return "store is locked by \(holder)"
        case .locked(nil): return "store is locked by another process"
        case .invalidDeskId(let count): return "desk id must be 16 bytes, got \(count)"
        case .corruptHeader(let path, let reason): return "corrupt file header in \(path): \(reason)"
        case .unsupportedVersion(let path, let version): return "\(path) has unsupported format version \(version)"
        case .readOnly(let problem): return "journal is read-only: \(problem)"
        case .payloadTooLarge(let count): return "payload of \(count) bytes exceeds \(JournalFormat.maxPayloadSize)"
        case .diskFull(let detail): return "disk full, batch not written: \(detail)"
        case .writeFailed(let detail): return "write failed, batch not written: \(detail)"
        case .fsyncFailed(let detail): return "durability failure, journal stopped for this session: \(detail)"
        case .io(let detail): return "I/O error: \(detail)"
        case .closed: return "journal is closed"
        }
    }

    /// Store errors pass through; a file system error becomes the matching case.
    static func wrap(_ error: any Error) -> JournalError {
        if let error = error as? JournalError { return error }
        if let error = error as? FileSystemError {
            return error.isDiskFull ? .diskFull(detail: error.description) : .io(detail: error.description)
        }
        return .io(detail: String(describing: error))
    }
}
