/// Picks one of a few options in place, shown as "‹ Option ›".
/// ←/→ and Space cycle (wrapping); a digit 1-9 picks that option; a letter jumps to the next option
/// starting with it.
public struct ChoiceField: Hashable, Sendable {
    public var options: [String] {
        didSet { if let selected, selected >= options.count { self.selected = nil } }
    }
    /// Index into `options`, or nil while nothing is chosen yet.
    public var selected: Int?

    public init(options: [String], selected: Int? = nil) {
        self.options = options
        self.selected = selected.flatMap { options.indices.contains($0) ? $0 : nil }
    }

    /// The chosen option's text.
    public var selectedOption: String? { selected.map { options[$0] } }

    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        guard !options.isEmpty else { return false }
        switch key {
        case .right, .char(" "):
            selected = selected.map { ($0 + 1) % options.count } ?? 0
        case .left:
            selected = selected.map { ($0 + options.count - 1) % options.count } ?? options.count - 1
        case .char(let c) where c.isASCII && c.isNumber && c != "0":
            guard let n = c.wholeNumberValue, n <= options.count else { return false }
            selected = n - 1
        case .char(let c) where c.isLetter:
            guard let match = nextOption(startingWith: c) else { return false }
            selected = match
        default:
            return false
        }
        return true
    }

    private func nextOption(startingWith letter: Character) -> Int? {
        let start = (selected ?? -1) + 1
        let order = (0..<options.count).map { (start + $0) % options.count }
        return order.first { options[$0].first.map { $0.lowercased() == letter.lowercased() } ?? false }
    }

    /// Draws "‹ Option ›" on the first row of `rect`; focused shows the option in reverse.
    /// With nothing chosen the placeholder shows dim.
    public func render(in rect: Rect, into grid: inout Grid, focused: Bool, placeholder: String = "Pilih") {
        guard rect.width > 0 && rect.height > 0 else { return }
        let label = selectedOption ?? placeholder
        let labelStyle = selectedOption == nil ? Style.muted : Style.plain
        var x = rect.x
        x += grid.put("‹ ", x: x, y: rect.y, maxWidth: rect.maxX - x)
        let text = truncated(label, toWidth: max(0, rect.width - 4))
        let written = grid.put(text, x: x, y: rect.y, style: labelStyle, maxWidth: rect.maxX - x)
        if focused {
            grid.addAttributes(.reverse, in: Rect(x: x, y: rect.y, width: written, height: 1))
        }
        x += written
        grid.put(" ›", x: x, y: rect.y, maxWidth: rect.maxX - x)
    }
}
