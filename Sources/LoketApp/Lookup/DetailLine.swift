import LoketTUI

/// One row of a scrolling document: pieces of text at fixed columns, and the family member the row
/// belongs to (so the highlighted person's rows can be marked and scrolled into view).
struct DetailLine: Equatable {
    struct Piece: Equatable {
        var column: Int
        var text: String
        var width: Int?
        var style: Style
    }

    var pieces: [Piece]
    var member: Int?

    init(_ pieces: [Piece] = [], member: Int? = nil) {
        self.pieces = pieces
        self.member = member
    }

    static let blank = DetailLine()

    static func text(_ text: String, column: Int = 0, style: Style = .plain, member: Int? = nil) -> DetailLine {
        DetailLine([Piece(column: column, text: text, width: nil, style: style)], member: member)
    }

    /// A label in its column, then the value after it.
    static func field(_ label: String, _ value: String, labelWidth: Int = 17, valueStyle: Style = .plain) -> DetailLine {
        DetailLine([Piece(column: 0, text: label, width: labelWidth - 1, style: .muted),
                    Piece(column: labelWidth, text: value, width: nil, style: valueStyle)])
    }

    func adding(_ text: String, column: Int, width: Int? = nil, style: Style = .plain) -> DetailLine {
        var copy = self
        copy.pieces.append(Piece(column: column, text: text, width: width, style: style))
        return copy
    }

    /// Draws the row at `y`, starting at column `x`, clipped to `width` columns.
    func render(x: Int, y: Int, width: Int, into grid: inout Grid) {
        for p in pieces where p.column < width {
            let room = width - p.column
            grid.put(truncated(p.text, toWidth: min(room, p.width ?? room)), x: x + p.column, y: y, style: p.style)
        }
    }
}
