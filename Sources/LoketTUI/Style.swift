/// Text attributes. They carry the meaning on monochrome terminals and under NO_COLOR.
public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Attributes(rawValue: 1 << 0)
    public static let reverse = Attributes(rawValue: 1 << 1)
    public static let underline = Attributes(rawValue: 1 << 2)
    public static let dim = Attributes(rawValue: 1 << 3)
}

/// What a colour means; the driver picks the actual colour. Colour only decorates: every role that
/// matters is paired with an attribute in the ready-made styles below.
public enum ColorRole: Hashable, Sendable {
    case normal, accent, error, warning, success, muted
}

/// How a cell looks: attributes plus a colour role.
public struct Style: Hashable, Sendable {
    public var attributes: Attributes
    public var color: ColorRole

    public init(_ attributes: Attributes = [], color: ColorRole = .normal) {
        self.attributes = attributes
        self.color = color
    }

    public static let plain = Style()
    public static let bold = Style(.bold)
    public static let reverse = Style(.reverse)
    public static let underline = Style(.underline)
    public static let dim = Style(.dim)

    public static let error = Style(.bold, color: .error)
    public static let warning = Style(.bold, color: .warning)
    public static let success = Style(.bold, color: .success)
    public static let title = Style(.bold, color: .accent)
    /// Secondary text (hints, placeholders).
    public static let muted = Style(.dim, color: .muted)

    /// This style with `attributes` added.
    public func adding(_ attributes: Attributes) -> Style {
        Style(self.attributes.union(attributes), color: color)
    }
}
