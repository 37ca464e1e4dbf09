/// The number on an appeal receipt: "SG-26-00007-4" = year filed, the desk's appeal serial, a Damm
/// check digit. The "SG" prefix keeps it apart from a registration number (26-00042-7).
public struct AppealNumber: Hashable, Sendable, Comparable, CustomStringConvertible {
    private let value: CheckedSerial

    public init(year: Int, serial: Int) { value = CheckedSerial(year: year, serial: serial) }

    public var year: Int { value.year }
    public var serial: Int { value.serial }
    public var description: String { "SG-" + value.text }

    /// Accepts "SG-26-00007-4", "sg26000074" or "26-00007-4"; nil when the check digit is wrong.
    public init?(parsing text: String) {
        var rest = Substring(text.uppercased().filter { !"- ".contains($0) })
        if rest.hasPrefix("SG") { rest = rest.dropFirst(2) }
        guard let v = CheckedSerial(digits: rest) else { return nil }
        value = v
    }

    public static func < (a: AppealNumber, b: AppealNumber) -> Bool { (a.year, a.serial) < (b.year, b.serial) }
}
