/// A one-line text input.
///
/// `handle` consumes every key the field owns — printable characters, Backspace, Delete, ←/→,
/// Home/End, Ctrl-U — even when it changes nothing (a rejected character, Backspace at 0), so a
/// screen never mistakes typing for a command. Compare `text` before and after to notice a rejection.
public struct TextField: Hashable, Sendable {
    public var text: String {
        didSet { cursor = min(cursor, text.count) }
    }
    /// Insertion point as a character (grapheme cluster) index, 0...text.count.
    public var cursor: Int {
        didSet { cursor = max(0, min(cursor, text.count)) }
    }
    /// Maximum number of characters; further typing is ignored.
    public var maxLength: Int?
    public var filter: CharacterFilter

    public init(text: String = "", maxLength: Int? = nil, filter: CharacterFilter = .any) {
        self.text = text
        self.cursor = text.count
        self.maxLength = maxLength
        self.filter = filter
    }

    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let character):
            insert(character)
        case .backspace:
            if cursor > 0 {
                cursor -= 1  // first, so the clamp in `text.didSet` sees a valid cursor
                text.remove(at: text.index(text.startIndex, offsetBy: cursor))
            }
        case .delete:
            if cursor < text.count {
                text.remove(at: text.index(text.startIndex, offsetBy: cursor))
            }
        case .left: cursor -= 1
        case .right: cursor += 1
        case .home: cursor = 0
        case .end: cursor = text.count
        case .ctrl("u"):
            text = ""
            cursor = 0
        default:
            return false
        }
        return true
    }

    private mutating func insert(_ character: Character) {
        guard displayWidth(character) > 0, filter.accepts(character) else { return }
        if let maxLength, text.count >= maxLength { return }
        text.insert(character, at: text.index(text.startIndex, offsetBy: cursor))
        cursor += 1
    }

    /// Draws the field on the first row of `rect`. Focused: underline over the whole width and the cursor
    /// cell in reverse; unfocused: underline. The placeholder shows (dim) while the text is empty.
    public func render(in rect: Rect, into grid: inout Grid, focused: Bool, placeholder: String? = nil) {
        TextField.render(display: text, cursor: focused ? cursor : nil, in: rect, into: &grid,
                         focused: focused, placeholder: placeholder)
    }

    /// Draws any display string (e.g. a masked NIK) with the text-field look. `cursor` is a character
    /// index into `display`, or nil for no cursor cell. Text wider than the field scrolls horizontally
    /// so that the cursor stays visible.
    public static func render(display: String, cursor: Int?, in rect: Rect, into grid: inout Grid,
                              focused: Bool, placeholder: String? = nil) {
        guard rect.width > 0 && rect.height > 0 else { return }
        let row = rect.row(0)
        grid.fill(row, style: .underline)
        let characters = Array(display)
        let cursor = cursor.map { max(0, min($0, characters.count)) }
        if characters.isEmpty, let placeholder {
            grid.put(placeholder, x: row.x, y: row.y, style: Style.muted.adding(.underline), maxWidth: row.width)
        } else {
            let first = firstVisible(characters, cursor: cursor, width: row.width)
            grid.put(String(characters[first...]), x: row.x, y: row.y, style: .underline, maxWidth: row.width)
            if let cursor {
                let column = row.x + characters[first..<cursor].reduce(0) { $0 + displayWidth($1) }
                let cellWidth = cursor < characters.count ? max(1, displayWidth(characters[cursor])) : 1
                grid.addAttributes(.reverse, in: Rect(x: column, y: row.y, width: cellWidth, height: 1))
            }
        }
        if cursor != nil, characters.isEmpty, placeholder != nil {
            grid.addAttributes(.reverse, in: Rect(x: row.x, y: row.y, width: 1, height: 1))
        }
    }

    /// Index of the first character shown: 0 when the text up to the cursor fits, otherwise scrolled
    /// so the cursor cell sits in the last column. Pure, so rendering needs no stored scroll state.
    private static func firstVisible(_ characters: [Character], cursor: Int?, width: Int) -> Int {
        guard let cursor else { return 0 }
        let cursorWidth = cursor < characters.count ? displayWidth(characters[cursor]) : 1
        var used = cursorWidth
        var first = cursor
        while first > 0 {
            let w = displayWidth(characters[first - 1])
            if used + w > width { break }
            used += w
            first -= 1
        }
        return first
    }
}
