/// Why the fold refuses a musyawarah event. The service checks events with the same rules before
/// writing them, so `message` is what the desk sees.
public enum MusyawarahError: Error, Equatable, Sendable {
    case unknownSession(Int)
    case unexpectedSessionID(Int)
    case anotherSessionOpen(Int)
    case sessionClosed(Int)
    case sessionNotClosed(Int)
    case missingSetting(String)
    case unknownAttendee(Int)
    case duplicateAttendee(Int)
    case alreadyPresent(String)
    case notPresent(String)
    case noQuorum(present: Int, required: Int)
    case recusedNotPresent(Int)
    case badVote(String)
    case notCarried(String)
    case missingReason
    case alreadyDecided(householdID: Int, sessionID: Int)
    case notDecidedInSession(Int)
    case invalidQuota(Int)
    case duplicateInRanking(Int)
    case sealMismatch(expectedEvents: Int, found: Int)
    case attendeeStruck(String)
    /// Striking is for a name entered by mistake; someone who voted or recused is part of the record.
    case attendeeTookPart(String)
    case recusedNotVoter(String)
    /// A correction to a closed session for a family that a later session has decided again.
    case decidedInLaterSession(householdID: Int, sessionID: Int, date: CivilDate)

    public var message: String {
        switch self {
        case .unknownSession(let id): return "Musyawarah nomor \(id) tidak ada."
        case .unexpectedSessionID(let id): return "Nomor musyawarah \(id) tidak berurutan."
        case .anotherSessionOpen(let id): return "Musyawarah nomor \(id) masih terbuka. Tutup dulu sebelum membuka yang baru."
        case .sessionClosed(let id): return "Musyawarah nomor \(id) sudah ditutup dan disegel. Perubahan hanya lewat koreksi."
        case .sessionNotClosed(let id): return "Musyawarah nomor \(id) belum ditutup: ubah keputusan langsung, bukan lewat koreksi."
        case .missingSetting(let what): return "\(what) wajib diisi."
        case .unknownAttendee(let id): return "Peserta nomor \(id) tidak ada di daftar hadir."
        case .duplicateAttendee(let id): return "Peserta nomor \(id) sudah ada di daftar."
        case .alreadyPresent(let name): return "\(name) sudah tercatat hadir."
        case .notPresent(let name): return "\(name) tidak sedang hadir."
        case .noQuorum(let present, let required):
            return "Belum kuorum: hadir \(present), perlu \(required) undangan. Keputusan belum bisa dicatat."
        case .recusedNotPresent(let id): return "Peserta nomor \(id) tidak hadir, jadi tidak bisa mengundurkan diri dari suara."
        case .badVote(let why): return why
        case .notCarried(let why): return why
        case .missingReason: return "Alasan wajib diisi."
        case .alreadyDecided(_, let session): return "Keluarga ini sudah diputuskan di musyawarah nomor \(session) yang sudah ditutup."
        case .notDecidedInSession(let id): return "Keluarga nomor \(id) tidak diputuskan di musyawarah ini."
        case .invalidQuota(let q): return "Kuota \(q) tidak sah."
        case .duplicateInRanking(let id): return "Keluarga nomor \(id) muncul dua kali di urutan."
        case .sealMismatch(let expected, let found):
            return "Segel mencakup \(expected) catatan, padahal musyawarah ini punya \(found)."
        case .attendeeStruck(let name): return "\(name) sudah dicoret dari daftar hadir."
        case .attendeeTookPart(let name):
            return "\(name) tidak bisa dicoret: ia sudah ikut dalam keputusan yang tercatat (bersuara atau mengundurkan diri). "
                + "Bila ia pergi, catat kepergiannya dengan Enter."
        case .recusedNotVoter(let name):
            return "\(name) tidak bersuara di musyawarah ini (pendamping sosial/pendata), jadi tidak perlu mengundurkan diri."
        case .decidedInLaterSession(_, let session, let date):
            return "Koreksi ditolak: musyawarah nomor \(session) (\(date)) sudah membahas keluarga ini lagi. "
                + "Bila perlu, ubah keputusannya di musyawarah nomor \(session), agar kedua berita acara tidak bertentangan."
        }
    }
}
