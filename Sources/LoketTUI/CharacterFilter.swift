/// Which characters a `TextField` accepts. Filters compare (and hash) by `name`, so a field stays
/// `Equatable` even with a custom predicate: give different custom filters different names.
public struct CharacterFilter: Hashable, Sendable, CustomStringConvertible {
    public let name: String
    private let predicate: @Sendable (Character) -> Bool

    public init(name: String, _ predicate: @escaping @Sendable (Character) -> Bool) {
        self.name = name
        self.predicate = predicate
    }

    public func accepts(_ character: Character) -> Bool { predicate(character) }

    public var description: String { name }

    public static func == (lhs: CharacterFilter, rhs: CharacterFilter) -> Bool { lhs.name == rhs.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }

    /// Any printable character.
    public static let any = CharacterFilter(name: "any") { _ in true }
    /// ASCII 0-9 only (NIK, KK number, RT/RW).
    public static let digits = CharacterFilter(name: "digits") { $0.isASCII && $0.isNumber }
    /// ASCII 0-9 and space (phone numbers typed in groups).
    public static let digitsAndSpace = CharacterFilter(name: "digitsAndSpace") { $0 == " " || ($0.isASCII && $0.isNumber) }

    /// A filter from any predicate.
    public static func custom(_ name: String = "custom", _ predicate: @escaping @Sendable (Character) -> Bool) -> CharacterFilter {
        CharacterFilter(name: name, predicate)
    }
}
