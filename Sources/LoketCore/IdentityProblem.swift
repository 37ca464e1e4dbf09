/// What can be wrong with a NIK or KK number, with the message shown to the Pendamsos.
public enum IdentityProblem: Hashable, Sendable {
    case notDigits
    case wrongLength(Int)
    case unknownProvince(String)
    case unknownKabKota(String)
    case unknownKecamatan(String)
    case dayZero
    case dayOutOfRange(Int)
    case monthOutOfRange(Int)
    case dateDoesNotExist(day: Int, month: Int, year: Int)
    case birthDateInFuture(CivilDate)
    case issueDateInvalid
    case serialZero
    case placeholder
    case birthDateDiffers(nik: CivilDate, form: CivilDate)
    case sexDiffers(nik: Sex, form: Sex)
    case duplicateInKK
    case registeredElsewhere(registration: String)

    public var message: String {
        switch self {
        case .notDigits: return "Hanya boleh angka."
        case .wrongLength(let n): return "Harus 16 angka (sekarang \(n))."
        case .unknownProvince(let code): return "Kode provinsi \(code) tidak dikenal."
        case .unknownKabKota(let code): return "Kode kab/kota \(code) tidak ada di daftar sekarang (mungkin kode lama)."
        case .unknownKecamatan(let code): return "Kode kecamatan \(code) tidak ada di daftar sekarang (mungkin kode lama)."
        case .dayZero: return "Tanggal lahir 00 tidak mungkin."
        case .dayOutOfRange(let d): return "Tanggal \(d) tidak mungkin (perempuan: tanggal + 40)."
        case .monthOutOfRange(let m): return "Bulan \(twoDigits(m)) tidak mungkin."
        case .dateDoesNotExist(let d, let m, let y): return "Tanggal \(twoDigits(d))-\(twoDigits(m))-\(y) tidak ada."
        case .birthDateInFuture(let date): return "Tanggal lahir \(date) belum terjadi."
        case .issueDateInvalid: return "Tanggal terbit di nomor KK tidak mungkin."
        case .serialZero: return "Nomor urut 0000 tidak mungkin."
        case .placeholder: return "Nomor ini tampak seperti nomor isian sementara. Periksa fotokopinya."
        case .birthDateDiffers(let nik, let form): return "Tanggal lahir di NIK \(nik), di formulir \(form)."
        case .sexDiffers(let nik, let form): return "Jenis kelamin di NIK \(nik.label), di formulir \(form.label)."
        case .duplicateInKK: return "NIK ini sudah ada di KK yang sama."
        case .registeredElsewhere(let reg): return "NIK ini sudah terdaftar di keluarga lain (No. \(reg))."
        }
    }
}

/// The digits of a 16-digit identity number (NIK or KK), or nil with the reason added to `errors`.
func sixteenDigitValues(_ digits: String, errors: inout [IdentityProblem]) -> [Int]? {
    guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
        errors.append(.notDigits)
        return nil
    }
    guard digits.count == 16 else {
        errors.append(.wrongLength(digits.count))
        return nil
    }
    return digits.utf8.map { Int($0 - 48) }
}
