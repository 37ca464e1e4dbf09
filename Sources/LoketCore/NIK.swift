/// Checking a Nomor Induk Kependudukan as typed: 16 digits = province (2) + kabupaten/kota (2) +
/// kecamatan (2) + birth date DDMMYY (40 added to DD for women) + serial (4, never 0000).
/// The region is where the person was first registered, so a Jakarta resident may carry any province.
public struct NIKCheck: Sendable, Equatable {
    public let digits: String
    public var errors: [IdentityProblem] = []
    public var warnings: [IdentityProblem] = []
    public var provinceName: String?
    public var kabKotaName: String?
    public var kecamatanName: String?
    public var birthDate: CivilDate?
    public var sex: Sex?

    public var isValid: Bool { errors.isEmpty }

    /// "Kota Adm. Jakarta Pusat, Gambir" style decoded region for the screen.
    public var regionDescription: String {
        [kecamatanName, kabKotaName, provinceName].compactMap { $0 }.joined(separator: ", ")
    }

    public init(_ text: String, today: CivilDate, regions: RegionDirectory = .shared) {
        digits = text.filter { !$0.isWhitespace }
        guard let d = sixteenDigitValues(digits, errors: &errors) else { return }
        let province = String(digits.prefix(2))
        let kabKota = String(digits.prefix(4))
        let kecamatan = String(digits.prefix(6))
        provinceName = regions.name(of: province)
        if provinceName == nil {
            errors.append(.unknownProvince(province))
        } else {
            kabKotaName = regions.name(of: kabKota)
            if kabKotaName == nil {
                warnings.append(.unknownKabKota(kabKota))
            } else {
                kecamatanName = regions.name(of: kecamatan)
                if kecamatanName == nil { warnings.append(.unknownKecamatan(kecamatan)) }
            }
        }
        let rawDay = d[6] * 10 + d[7]
        let day = rawDay >= 40 ? rawDay - 40 : rawDay
        let month = d[8] * 10 + d[9]
        let dayPlausible = (1...31).contains(day)
        let monthPlausible = (1...12).contains(month)
        if day == 0 {
            errors.append(.dayZero)
        } else if !dayPlausible {
            errors.append(.dayOutOfRange(rawDay))
        } else {
            sex = rawDay > 40 ? .female : .male
        }
        if !monthPlausible { errors.append(.monthOutOfRange(month)) }
        if dayPlausible && monthPlausible {
            let year = centuryYear(d[10] * 10 + d[11], today: today)
            if let date = CivilDate(year: year, month: month, day: day) {
                if date > today { errors.append(.birthDateInFuture(date)) } else { birthDate = date }
            } else {
                errors.append(.dateDoesNotExist(day: day, month: month, year: year))
            }
        }
        if digits.hasSuffix("0000") { errors.append(.serialZero) }
        if isPlaceholder(d) { warnings.append(.placeholder) }
    }

    /// Warnings from comparing the NIK with what was typed on the form.
    public func mismatches(birthDate formDate: CivilDate?, sex formSex: Sex?) -> [IdentityProblem] {
        var out: [IdentityProblem] = []
        if let nikDate = birthDate, let formDate, nikDate != formDate {
            out.append(.birthDateDiffers(nik: nikDate, form: formDate))
        }
        if let nikSex = sex, let formSex, nikSex != formSex, errors.isEmpty {
            out.append(.sexDiffers(nik: nikSex, form: formSex))
        }
        return out
    }
}

/// Two-digit years: the latest century that does not put the date after this year.
func centuryYear(_ yy: Int, today: CivilDate) -> Int {
    2000 + yy <= today.year ? 2000 + yy : 1900 + yy
}

/// Known filler numbers typed when the real one is not at hand.
func isPlaceholder(_ d: [Int]) -> Bool {
    if Set(d).count == 1 { return true }
    let ascending = zip(d, d.dropFirst()).allSatisfy { ($0 + 1) % 10 == $1 }
    let descending = zip(d, d.dropFirst()).allSatisfy { ($1 + 1) % 10 == $0 }
    return ascending || descending
}

/// A NIK shown on screen: "3171••••••••0001". Only the field being typed and a deliberate,
/// logged reveal show all digits.
public func maskedNIK(_ digits: String) -> String {
    guard digits.count == 16 else { return String(repeating: "•", count: digits.count) }
    return String(digits.prefix(4)) + String(repeating: "•", count: 8) + String(digits.suffix(4))
}
