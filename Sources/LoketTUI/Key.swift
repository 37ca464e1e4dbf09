/// One key press, already decoded from the terminal's byte sequences.
public enum Key: Hashable, Sendable {
    /// Printable text, including space.
    case char(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    /// F1...F12.
    case function(Int)
    /// A control chord with its lower-case letter, e.g. `.ctrl("s")`.
    case ctrl(Character)
    /// An Alt (Meta) chord with a lower-case letter or a digit, e.g. `.alt("s")`.
    case alt(Character)
    /// The terminal changed size: re-render at the new size.
    case resize
}

extension Key: CustomStringConvertible {
    /// Human-readable name ("F2", "Ctrl-S", "Alt-1", "Enter"), for key bars, help and test failures.
    public var description: String {
        switch self {
        case .char(" "): return "Spasi"
        case .char(let c): return String(c)
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .function(let n): return "F\(n)"
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        case .alt(let c): return "Alt-" + String(c).uppercased()
        case .resize: return "Resize"
        }
    }
}
