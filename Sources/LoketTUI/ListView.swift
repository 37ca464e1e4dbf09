/// Selection and scroll state of a list of `count` rows; the rows themselves belong to the screen.
/// ↑/↓ move one row, PgUp/PgDn move `pageSize` rows, Home/End jump to the ends. Navigation keys are
/// consumed even when the selection cannot move, so they never fall through to the screen.
public struct ListView: Hashable, Sendable {
    public var count: Int {
        didSet {
            count = max(0, count)
            selected = min(selected, max(0, count - 1))
            top = min(top, max(0, count - 1))
        }
    }
    /// The selected row (0 when the list is empty).
    public var selected: Int {
        didSet { selected = max(0, min(selected, max(0, count - 1))) }
    }
    /// The first visible row.
    public var top: Int
    /// Rows moved by PgUp/PgDn and kept visible by `handle`; set it to the list's visible height.
    public var pageSize: Int

    public init(count: Int = 0, selected: Int = 0, pageSize: Int = 10) {
        self.count = max(0, count)
        self.selected = max(0, min(selected, max(0, count - 1)))
        self.top = 0
        self.pageSize = max(1, pageSize)
        ensureVisible(height: self.pageSize)
    }

    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .up: selected -= 1
        case .down: selected += 1
        case .pageUp: selected -= max(1, pageSize)
        case .pageDown: selected += max(1, pageSize)
        case .home: selected = 0
        case .end: selected = count - 1
        default: return false
        }
        ensureVisible(height: pageSize)
        return true
    }

    /// Scrolls as little as possible so the selected row is among `height` visible rows, and never
    /// past the end (no empty rows below the last one when the list is longer than the view).
    public mutating func ensureVisible(height: Int) {
        top = visibleTop(height: height)
    }

    /// The first row to show in a view of `height` rows: `top`, adjusted to show the selection.
    public func visibleTop(height: Int) -> Int {
        let height = max(1, height)
        var first = top
        if selected < first { first = selected }
        if selected >= first + height { first = selected - height + 1 }
        return max(0, min(first, count - height))
    }

    /// Draws the visible rows, one per line of `rect`, by calling `row` with the row index, its
    /// rectangle, whether it is selected, and the grid. The selected row is then shown in reverse.
    public func render(in rect: Rect, into grid: inout Grid,
                       row: (_ index: Int, _ rect: Rect, _ isSelected: Bool, _ grid: inout Grid) -> Void) {
        guard rect.width > 0 && rect.height > 0 && count > 0 else { return }
        let first = visibleTop(height: rect.height)
        for line in 0..<min(rect.height, count - first) {
            let index = first + line
            let rowRect = rect.row(line)
            grid.fill(rowRect)
            row(index, rowRect, index == selected, &grid)
            if index == selected { grid.addAttributes(.reverse, in: rowRect) }
        }
    }
}
