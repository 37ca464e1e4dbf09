/// The number a family takes home: "26-00042-7" = year, the desk's serial, a Damm check digit.
/// Short enough to read over the phone; the check digit catches a wrong or swapped digit.
public struct RegistrationNumber: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let year: Int
    public let serial: Int

    public init(year: Int, serial: Int) {
        self.year = year % 100
        self.serial = serial
    }

    private var body: String {
        let s = String(serial)
        return twoDigits(year) + String(repeating: "0", count: max(0, 5 - s.count)) + s
    }

    public var checkDigit: Int { damm(body) }

    public var description: String {
        let b = body
        return "\(b.prefix(2))-\(b.dropFirst(2))-\(checkDigit)"
    }

    /// Accepts the number with or without dashes and spaces; nil when the check digit is wrong.
    public init?(parsing text: String) {
        let digits = text.filter { $0.isASCII && $0.isNumber }
        guard digits.count >= 8, digits.count == text.filter({ !"- ".contains($0) }).count else { return nil }
        let body = String(digits.dropLast())
        guard let check = Int(String(digits.last!)), damm(body) == check,
              let year = Int(body.prefix(2)), let serial = Int(body.dropFirst(2)) else { return nil }
        self.init(year: year, serial: serial)
    }

    public static func < (a: RegistrationNumber, b: RegistrationNumber) -> Bool {
        (a.year, a.serial) < (b.year, b.serial)
    }
}

/// Damm's algorithm: detects every single-digit error and every adjacent transposition.
func damm(_ digits: String) -> Int {
    let table: [[Int]] = [
        [0, 3, 1, 7, 5, 9, 8, 6, 4, 2], [7, 0, 9, 2, 1, 5, 4, 8, 6, 3], [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
        [1, 7, 5, 0, 9, 8, 3, 4, 2, 6], [6, 1, 2, 3, 0, 4, 5, 9, 7, 8], [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
        [5, 8, 6, 9, 7, 2, 0, 1, 3, 4], [8, 9, 4, 5, 3, 6, 2, 0, 1, 7], [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
        [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
    ]
    var interim = 0
    for c in digits.utf8 { interim = table[interim][Int(c) - 48] }
    return interim
}
