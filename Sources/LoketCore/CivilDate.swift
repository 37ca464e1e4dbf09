/// A calendar date without time zone: birth dates, issue dates, deadlines. Pure arithmetic, no Foundation.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's algorithm), so that adding days crosses months and leap days right.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    public func days(until other: CivilDate) -> Int { other.dayNumber - dayNumber }

    /// Completed years of age on `date`.
    public func age(on date: CivilDate) -> Int {
        var years = date.year - year
        if (date.month, date.day) < (month, day) { years -= 1 }
        return years
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// dd-mm-yyyy, as on Indonesian documents.
    public var description: String {
        "\(twoDigits(day))-\(twoDigits(month))-\(year)"
    }

    /// Parses dd-mm-yyyy (also with / or . as separator, or 8 digits ddmmyyyy).
    public init?(parsing text: String) {
        let digits = text.filter { $0.isNumber }
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." || $0 == " " })
        if parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]), parts[2].count == 4 {
            self.init(year: y, month: m, day: d)
        } else if parts.count == 1, digits.count == 8, let v = Int(digits) {
            self.init(year: v % 10000, month: (v / 10000) % 100, day: v / 1000000)
        } else {
            return nil
        }
    }

    public static let monthNames = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
                                    "Agustus", "September", "Oktober", "November", "Desember"]

    /// "25 November 2026", for documents.
    public var longDescription: String { "\(day) \(CivilDate.monthNames[month - 1]) \(year)" }
}

extension CivilDate: BinaryCodable {
    public func encode(to w: inout ByteWriter) { w.int(dayNumber) }
    public init(from r: inout ByteReader) throws { self.init(dayNumber: try r.int()) }
}

func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
