/// Two-digit year + a five-digit serial + a Damm check digit, written "26-00042-7": the shape shared by
/// registration and appeal numbers, short enough to read over the phone.
struct CheckedSerial: Hashable, Sendable {
    let year: Int
    let serial: Int

    init(year: Int, serial: Int) {
        self.year = year % 100
        self.serial = serial
    }

    var body: String {
        let s = String(serial)
        return twoDigits(year) + String(repeating: "0", count: max(0, 5 - s.count)) + s
    }

    var checkDigit: Int { damm(body) }

    var text: String {
        let b = body
        return "\(b.prefix(2))-\(b.dropFirst(2))-\(checkDigit)"
    }

    /// From the digits alone (body then check digit); nil when too short or the check digit is wrong.
    init?(digits: Substring) {
        guard digits.count >= 8, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let body = digits.dropLast()
        guard let check = digits.last?.wholeNumberValue, damm(String(body)) == check,
              let year = Int(body.prefix(2)), let serial = Int(body.dropFirst(2)) else { return nil }
        self.init(year: year, serial: serial)
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
