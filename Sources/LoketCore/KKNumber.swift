/// Checking a Kartu Keluarga number as typed: 16 digits = region (6) + issue date DDMMYY + serial (4).
/// A family's KK number changes when the card is reissued, so households are never keyed on it alone.
public struct KKCheck: Sendable, Equatable {
    public let digits: String
    public var errors: [IdentityProblem] = []
    public var warnings: [IdentityProblem] = []
    public var regionDescription = ""
    public var issueDate: CivilDate?

    public var isValid: Bool { errors.isEmpty }

    public init(_ text: String, today: CivilDate, regions: RegionDirectory = .shared) {
        digits = text.filter { !$0.isWhitespace }
        guard let d = sixteenDigitValues(digits, errors: &errors) else { return }
        let province = String(digits.prefix(2))
        if regions.name(of: province) == nil {
            errors.append(.unknownProvince(province))
        } else if let kab = regions.name(of: String(digits.prefix(4))) {
            if let kec = regions.name(of: String(digits.prefix(6))) {
                regionDescription = "\(kec), \(kab)"
            } else {
                regionDescription = kab
                warnings.append(.unknownKecamatan(String(digits.prefix(6))))
            }
        } else {
            warnings.append(.unknownKabKota(String(digits.prefix(4))))
        }
        let day = d[6] * 10 + d[7]
        let month = d[8] * 10 + d[9]
        let year = centuryYear(d[10] * 10 + d[11], today: today)
        if let date = CivilDate(year: year, month: month, day: day) {
            issueDate = date
        } else {
            errors.append(.issueDateInvalid)
        }
        if digits.hasSuffix("0000") { errors.append(.serialZero) }
        if isPlaceholder(d) { warnings.append(.placeholder) }
    }
}
