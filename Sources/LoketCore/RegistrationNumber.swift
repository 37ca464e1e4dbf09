/// The number a family takes home: "26-00042-7" = year, the desk's serial, a Damm check digit.
/// Short enough to read over the phone; the check digit catches a wrong or swapped digit.
public struct RegistrationNumber: Hashable, Sendable, Comparable, CustomStringConvertible {
    private let value: CheckedSerial

    public init(year: Int, serial: Int) { value = CheckedSerial(year: year, serial: serial) }

    public var year: Int { value.year }
    public var serial: Int { value.serial }
    public var checkDigit: Int { value.checkDigit }
    public var description: String { value.text }

    /// Accepts the number with or without dashes and spaces; nil when the check digit is wrong.
    public init?(parsing text: String) {
        guard let v = CheckedSerial(digits: Substring(text.filter { !"- ".contains($0) })) else { return nil }
        value = v
    }

    public static func < (a: RegistrationNumber, b: RegistrationNumber) -> Bool {
        (a.year, a.serial) < (b.year, b.serial)
    }
}
