/// Why a bundle was refused or not (yet) taken in. `message` is for the person importing it: what is
/// wrong and what to do, in plain words. Nothing is imported when any of these is thrown.
public enum BundleProblem: Error, Equatable, Sendable {
    case notABundle
    case unsupportedVersion(UInt32)
    /// The file ends before the bundle does (copy interrupted, attachment cut).
    case truncated(expected: Int, actual: Int)
    /// Bytes were damaged on the way (the trailing checksum does not match).
    case corrupted
    case wrongRecipient
    /// Signed by a key this store has not been told to trust.
    case unknownSigner(fingerprint: String)
    /// The signature does not match: changed after signing, or not made by the key it names.
    case badSignature
    /// The encrypted part does not open although signed: a bundle made wrongly.
    case undecryptable
    /// The records inside break their own rules (checksum, numbering, hash chain, desk id).
    case invalidRecords(detail: String)
    /// The signer is bound to another desk id than the one this bundle names.
    case deskMismatch
    /// The same sequence numbers with different contents: the desk's history was forked or rewritten.
    case fork(sequence: UInt64)
    /// Everything in it is already held.
    case alreadyImported(lastSequence: UInt64)
    /// An earlier part is missing; the bundle is kept and imported as soon as that part arrives.
    case held(missingFrom: UInt64, missingTo: UInt64)
    /// The bundle is valid but not of a kind this store takes (e.g. desk data at a desk).
    case notForThisStore(String)
    case receiptMismatch
    case storeProblem(String)

    public var message: String {
        switch self {
        case .notABundle:
            return "Berkas ini bukan bundle Loket."
        case .unsupportedVersion(let v):
            return "Bundle ini dibuat dengan format versi \(v) yang belum dikenal Loket ini. Perbarui Loket, lalu impor lagi."
        case .truncated(let expected, let actual):
            return "Bundle terpotong: seharusnya \(expected) bita, yang ada \(actual) bita. Salin ulang berkasnya dari pengirim."
        case .corrupted:
            return "Bundle rusak (checksum tidak cocok), mungkin rusak saat disalin. Minta pengirim mengirim ulang."
        case .wrongRecipient:
            return "Bundle ini ditujukan untuk penerima lain, bukan untuk data ini. Tidak diimpor."
        case .unknownSigner(let fp):
            return "Bundle ditandatangani kunci yang belum dipercaya (sidik \(fp)). Tambahkan kunci pengirim dengan \"loket keys\" setelah memastikannya lewat telepon."
        case .badSignature:
            return "Tanda tangan bundle tidak cocok: isinya diubah setelah ditandatangani, atau bukan dibuat oleh pemilik kunci. Jangan dipakai; hubungi pengirim."
        case .undecryptable:
            return "Isi bundle tidak bisa dibuka walau tanda tangannya sah. Minta pengirim membuat bundle baru."
        case .invalidRecords(let detail):
            return "Catatan di dalam bundle tidak utuh (\(detail)). Tidak diimpor; minta pengirim memeriksa datanya dengan \"loket verify\"."
        case .deskMismatch:
            return "Kunci pengirim sudah terdaftar untuk loket lain. Tidak diimpor; periksa kunci loket ini."
        case .fork(let seq):
            return "Riwayat data bercabang di catatan nomor \(seq): isinya berbeda dari yang sudah diterima. Tidak diimpor; hubungi petugas teknis."
        case .alreadyImported(let last):
            return "Bundle ini sudah pernah diimpor (catatan sampai nomor \(last) sudah ada). Tidak ada yang berubah."
        case .held(let from, let to):
            return "Bagian sebelumnya belum diterima (catatan \(from)–\(to)). Bundle disimpan dan otomatis diimpor setelah bagian itu datang."
        case .notForThisStore(let what):
            return what
        case .receiptMismatch:
            return "Tanda terima tidak cocok dengan data loket ini (hash berbeda). Tidak dicatat; hubungi petugas teknis."
        case .storeProblem(let text):
            return text
        }
    }
}
