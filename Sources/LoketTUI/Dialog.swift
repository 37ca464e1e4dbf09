/// What a key did to a `Dialog`.
public enum DialogOutcome: Hashable, Sendable {
    /// Enter (or a button's first letter) chose the button at this index.
    case chosen(Int)
    /// Esc closed the dialog without a choice.
    case cancelled
}

/// A modal message box with buttons, drawn centred over the screen.
///
/// `handle` returns nil while the dialog stays open (←/→/Tab/Shift-Tab move between buttons; every
/// other key is swallowed, as a modal should), `.chosen(index)` on Enter or when a letter is the first
/// letter of exactly one button, and `.cancelled` on Esc. The screen closes the dialog on any non-nil.
public struct Dialog: Hashable, Sendable {
    public var title: String
    public var message: [String]
    public var buttons: [String]
    public var selected: Int {
        didSet { selected = buttons.isEmpty ? 0 : max(0, min(selected, buttons.count - 1)) }
    }

    public init(title: String, message: [String], buttons: [String] = ["OK"], selected: Int = 0) {
        self.title = title
        self.message = message
        self.buttons = buttons
        self.selected = buttons.isEmpty ? 0 : max(0, min(selected, buttons.count - 1))
    }

    public mutating func handle(_ key: Key) -> DialogOutcome? {
        guard !buttons.isEmpty else {
            return key == .enter || key == .escape ? .cancelled : nil
        }
        switch key {
        case .right, .tab:
            selected = (selected + 1) % buttons.count
        case .left, .backTab:
            selected = (selected + buttons.count - 1) % buttons.count
        case .enter:
            return .chosen(selected)
        case .escape:
            return .cancelled
        case .char(let c) where c.isLetter:
            let matches = buttons.indices.filter { buttons[$0].first?.lowercased() == c.lowercased() }
            if matches.count == 1 { return .chosen(matches[0]) }
        default:
            break
        }
        return nil
    }

    /// Draws the dialog centred in `rect` (usually the whole grid), clearing what is under it.
    public func render(in rect: Rect, into grid: inout Grid) {
        let buttonsText = buttons.map { "[ \($0) ]" }
        let buttonsWidth = buttonsText.reduce(0) { $0 + displayWidth($1) } + 2 * max(0, buttons.count - 1)
        let widest = max(displayWidth(title) + 4, buttonsWidth, message.map(displayWidth).max() ?? 0)
        let innerWidth = min(widest, max(1, rect.width - 6))
        let lines = message.flatMap { $0.isEmpty ? [""] : wrapped($0, width: innerWidth) }
        let box = rect.centered(width: innerWidth + 6, height: lines.count + 5)
        grid.fill(box)
        grid.box(box, title: title)
        for (offset, line) in lines.enumerated() {
            grid.put(line, x: box.x + 3, y: box.y + 2 + offset, maxWidth: innerWidth)
        }
        var x = box.x + max(3, (box.width - buttonsWidth) / 2)
        let y = box.maxY - 2
        for (index, text) in buttonsText.enumerated() {
            let written = grid.put(text, x: x, y: y, style: index == selected ? .reverse : .plain,
                                   maxWidth: box.maxX - 1 - x)
            x += written + 2
        }
    }

    /// Draws the dialog centred over the whole grid.
    public func render(into grid: inout Grid) {
        render(in: grid.bounds, into: &grid)
    }
}
