/// The documents each reason needs (DESIGN.md, "Sanggahan"). All must be present before intake is
/// complete; until then the appeal is "belum lengkap" and the receipt lists what is missing.
public enum AppealChecklist {
    /// nil when the case cannot be appealed at the desk (moved out of DKI) or the address reason
    /// has no sub-case yet.
    public static func documents(for reason: AppealReason, addressCase: AddressCase? = nil) -> [AppealDocument]? {
        switch reason {
        case .ownsCar: return [.samsatNoCar, .rtRwLetter, .kkCopy]
        case .propertyAboveOneBillion: return [.njopLetter, .rtRwLetter, .kkCopy]
        case .consideredAble: return [.sktm, .kkCopy]
        case .stateEmployee: return [.rtRwNoStateEmployee, .kkCopy]
        case .address:
            switch addressCase {
            case .notMoved: return [.domicileFromRtRw, .kkCopy]
            case .movedWithinJakarta: return [.domicileFromCurrentRtRw, .letterFromOldRtRw, .kkCopy]
            case .movedOutOfJakarta, nil: return nil
            }
        case .nikNotMatched: return [.domicileLetter, .kkCopy]
        case .deceased: return [.rtRwStillAlive, .pm1Correction, .kkCopy]
        }
    }

    /// Why a move out of DKI cannot be appealed here, said plainly to the person. Paragraphs; the
    /// screen wraps them.
    public static let movedOutExplanation: [String] = [
        "Sanggahan TIDAK DAPAT diajukan di loket ini.",
        "",
        "Bantuan sosial Pemprov DKI Jakarta hanya untuk warga yang ber-KTP DKI dan tinggal di DKI Jakarta "
            + "(kriteria 1 dan 2). Warga yang sudah pindah ke luar DKI tidak memenuhi syarat itu, jadi "
            + "keterangan \"pindah\" sudah benar dan tidak bisa disanggah.",
        "",
        "Sarankan warga mengurus pindah domisili di Dukcapil, lalu mendaftar bantuan sosial di "
            + "kelurahan/desa tempat tinggalnya yang baru.",
    ]

    /// Shown before the "tidak padan sistem" checklist: most mismatches are fixed at Dukcapil.
    public static let dukcapilReminder: [String] = [
        "Periksa dulu NIK warga di layanan Dukcapil kelurahan.",
        "",
        "\"Tidak padan\" berarti NIK di data bantuan sosial tidak cocok dengan data Dukcapil (salah ketik, "
            + "KK baru, atau data kependudukan belum diperbarui). Bila Dukcapil memperbaiki datanya, "
            + "sanggahan sering tidak perlu.",
        "",
        "Lanjutkan sanggahan hanya bila NIK sudah diperiksa di Dukcapil.",
    ]
}
