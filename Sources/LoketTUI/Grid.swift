/// A frame: `width` x `height` cells that screens render into and the driver copies to the terminal.
/// All drawing clips at the edges, so widgets never need to check bounds themselves.
public struct Grid: Sendable, Equatable {
    public let width: Int
    public let height: Int
    private var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The whole grid as a rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at column `x`, row `y`; a blank cell outside the grid.
    public subscript(x: Int, y: Int) -> Cell {
        contains(x: x, y: y) ? cells[y * width + x] : .blank
    }

    private func contains(x: Int, y: Int) -> Bool {
        x >= 0 && x < width && y >= 0 && y < height
    }

    /// Writes `text` from (x, y) on one row and returns the number of columns written.
    /// Clips by display width at the right edge or after `maxWidth` columns; a wide character that
    /// does not fit is replaced by one space. Zero-width and control characters are skipped, so "\n"
    /// is not a line break. Overwriting half of a wide character blanks its other half.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0 && y < height else { return 0 }
        let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
        var column = x
        var written = 0
        for character in text {
            let w = displayWidth(character)
            if w == 0 { continue }
            if column + w > limit {
                if column < limit && column >= 0 {
                    setCell(Cell(" ", style: style), x: column, y: y)
                    written += 1
                }
                break
            }
            if column < 0 {
                // Left of the grid: a wide character straddling the edge leaves a space in column 0.
                if column + w > 0 {
                    setCell(Cell(" ", style: style), x: 0, y: y)
                    written += 1
                }
                column += w
                continue
            }
            setCell(Cell(character, style: style), x: column, y: y)
            if w == 2 { setCell(Cell(" ", style: style, isContinuation: true), x: column + 1, y: y) }
            column += w
            written += w
        }
        return written
    }

    /// Fills `rect` (clipped to the grid) with `character` in `style`.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let w = displayWidth(character)
        let unit = w == 0 ? " " : String(character)
        let run = String(repeating: unit, count: area.width / max(1, w)) + (w == 2 && area.width % 2 == 1 ? " " : "")
        for y in area.y..<area.maxY {
            put(run, x: area.x, y: y, style: style, maxWidth: area.width)
        }
    }

    /// Replaces the style of the cells in `rect`, keeping their characters.
    public mutating func style(_ rect: Rect, _ style: Style) {
        forEachCell(in: rect) { $0.style = style }
    }

    /// Adds `attributes` to the cells in `rect`, keeping their characters, colours and other attributes.
    public mutating func addAttributes(_ attributes: Attributes, in rect: Rect) {
        forEachCell(in: rect) { $0.style.attributes.formUnion(attributes) }
    }

    /// A light box-drawing border around the edge of `rect` (the inside is left alone), with an optional
    /// title set into the top border as "┌─ Title ─┐", in bold.
    public mutating func box(_ rect: Rect, title: String? = nil, style: Style = .plain) {
        guard rect.width >= 2 && rect.height >= 2 else { return }
        let inner = rect.width - 2
        let middle = String(repeating: "─", count: inner)
        put("┌" + middle + "┐", x: rect.x, y: rect.y, style: style)
        put("└" + middle + "┘", x: rect.x, y: rect.maxY - 1, style: style)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            put("│", x: rect.x, y: y, style: style)
            put("│", x: rect.maxX - 1, y: y, style: style)
        }
        if let title, !title.isEmpty, rect.width >= 7 {
            let text = " " + truncated(title, toWidth: rect.width - 6) + " "
            put(text, x: rect.x + 2, y: rect.y, style: style.adding(.bold))
        }
    }

    /// A horizontal line of "─".
    public mutating func hline(x: Int, y: Int, width: Int, style: Style = .plain) {
        guard width > 0 else { return }
        put(String(repeating: "─", count: width), x: x, y: y, style: style)
    }

    /// A vertical line of "│".
    public mutating func vline(x: Int, y: Int, height: Int, style: Style = .plain) {
        guard height > 0 else { return }
        for row in y..<(y + height) { put("│", x: x, y: row, style: style) }
    }

    /// Each row's text: continuation cells skipped, trailing spaces trimmed.
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !cells[y * width + x].isContinuation {
                line.append(cells[y * width + x].character)
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The lines joined by "\n", ending in "\n": the format of the golden files in Screens/.
    public var text: String {
        lines.map { $0 + "\n" }.joined()
    }

    // MARK: - Cell storage

    private mutating func forEachCell(in rect: Rect, _ body: (inout Cell) -> Void) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { body(&cells[y * width + x]) }
        }
    }

    /// Stores `cell`, blanking the other half of any wide character it partly overwrites.
    private mutating func setCell(_ cell: Cell, x: Int, y: Int) {
        guard contains(x: x, y: y) else { return }
        let index = y * width + x
        let old = cells[index]
        if old.isContinuation && !cell.isContinuation && x > 0 {
            cells[index - 1] = Cell(" ", style: cells[index - 1].style)
        }
        if !old.isContinuation && x + 1 < width && cells[index + 1].isContinuation {
            cells[index + 1] = Cell(" ", style: cells[index + 1].style)
        }
        cells[index] = cell
    }
}
