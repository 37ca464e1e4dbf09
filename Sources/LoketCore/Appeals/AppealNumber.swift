/// The number on an appeal receipt: "SG-26-00007-4" = year filed, the desk's appeal serial, a Damm
/// check digit. The "SG" prefix keeps it apart from a registration number (26-00042-7).
public struct AppealNumber: Hashable, Sendable, Comparable, CustomStringConvertible {
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

    public var description: String {
        let b = body
        return "SG-\(b.prefix(2))-\(b.dropFirst(2))-\(damm(b))"
    }

    /// Accepts "SG-26-00007-4", "sg26000074" or "26-00007-4"; nil when the check digit is wrong.
    public init?(parsing text: String) {
        var rest = Substring(text.uppercased().filter { !"- ".contains($0) })
        if rest.hasPrefix("SG") { rest = rest.dropFirst(2) }
        guard rest.count >= 8, rest.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let body = String(rest.dropLast())
        guard let check = Int(String(rest.last!)), damm(body) == check,
              let year = Int(body.prefix(2)), let serial = Int(body.dropFirst(2)) else { return nil }
        self.init(year: year, serial: serial)
    }

    public static func < (a: AppealNumber, b: AppealNumber) -> Bool { (a.year, a.serial) < (b.year, b.serial) }
}
