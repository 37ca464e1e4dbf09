import XCTest
import LoketTUI

final class GridTests: XCTestCase {
    func testNewGridIsBlank() {
        let grid = Grid(width: 3, height: 2)
        XCTAssertEqual(grid.lines, ["", ""])
        XCTAssertEqual(grid.text, "\n\n")
        XCTAssertEqual(grid[1, 1], Cell.blank)
    }

    func testPutWritesTextAndStyle() {
        var grid = Grid(width: 10, height: 1)
        let written = grid.put("Ma'ruf", x: 2, y: 0, style: .bold)
        XCTAssertEqual(written, 6)
        XCTAssertEqual(grid.lines, ["  Ma'ruf"])
        XCTAssertEqual(grid[4, 0].character, "'")
        XCTAssertEqual(grid[4, 0].style, .bold)
        XCTAssertEqual(grid[1, 0].style, .plain)
    }

    func testPutClipsAtRightEdge() {
        var grid = Grid(width: 5, height: 1)
        XCTAssertEqual(grid.put("Santoso", x: 2, y: 0), 3)
        XCTAssertEqual(grid.lines, ["  San"])
    }

    func testPutClipsAtMaxWidth() {
        var grid = Grid(width: 10, height: 1)
        XCTAssertEqual(grid.put("Santoso", x: 0, y: 0, maxWidth: 4), 4)
        XCTAssertEqual(grid.lines, ["Sant"])
    }

    func testWideCharacterOccupiesTwoCells() {
        var grid = Grid(width: 6, height: 1)
        XCTAssertEqual(grid.put("a中b", x: 0, y: 0), 4)
        XCTAssertEqual(grid[1, 0].character, "中")
        XCTAssertFalse(grid[1, 0].isContinuation)
        XCTAssertTrue(grid[2, 0].isContinuation)
        XCTAssertEqual(grid[3, 0].character, "b")
        XCTAssertEqual(grid.lines, ["a中b"])
    }

    func testWideCharacterThatDoesNotFitBecomesSpace() {
        var grid = Grid(width: 4, height: 1)
        grid.fill(grid.bounds, with: "x")
        XCTAssertEqual(grid.put("ab中", x: 1, y: 0), 3)
        XCTAssertEqual(grid.lines, ["xab"])
        XCTAssertEqual(grid[3, 0].character, " ")
        XCTAssertFalse(grid[3, 0].isContinuation)
    }

    func testWideCharacterDoesNotFitMaxWidth() {
        var grid = Grid(width: 10, height: 1)
        XCTAssertEqual(grid.put("中文", x: 0, y: 0, maxWidth: 3), 3)
        XCTAssertEqual(grid.lines, ["中"])
        XCTAssertTrue(grid[4, 0] == Cell.blank)
    }

    func testOverwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var grid = Grid(width: 6, height: 1)
        grid.put("中文", x: 0, y: 0)
        grid.put("x", x: 1, y: 0)  // right half of 中
        XCTAssertEqual(grid.lines, [" x文"])
        grid.put("y", x: 2, y: 0)  // left half of 文
        XCTAssertEqual(grid.lines, [" xy"])
        XCTAssertFalse(grid[3, 0].isContinuation)
    }

    func testPutOutsideRowsOrLeftOfGrid() {
        var grid = Grid(width: 5, height: 1)
        XCTAssertEqual(grid.put("abc", x: 0, y: 1), 0)
        XCTAssertEqual(grid.put("abc", x: 0, y: -1), 0)
        grid.put("abcd", x: -2, y: 0)
        XCTAssertEqual(grid.lines, ["cd"])
    }

    func testNewlineIsNotInterpreted() {
        var grid = Grid(width: 10, height: 2)
        grid.put("ab\ncd", x: 0, y: 0)
        XCTAssertEqual(grid.lines, ["abcd", ""])
    }

    func testCombiningCharacterStaysInOneCell() {
        var grid = Grid(width: 6, height: 1)
        XCTAssertEqual(grid.put("Jose\u{301}!", x: 0, y: 0), 5)
        XCTAssertEqual(grid[3, 0].character, "e\u{301}")
        XCTAssertEqual(grid[4, 0].character, "!")
    }

    func testFillAndStyle() {
        var grid = Grid(width: 5, height: 3)
        grid.fill(Rect(x: 1, y: 1, width: 10, height: 1), with: "=")
        XCTAssertEqual(grid.lines, ["", " ====", ""])
        grid.style(Rect(x: 0, y: 1, width: 2, height: 1), .reverse)
        XCTAssertEqual(grid[1, 1].character, "=")
        XCTAssertEqual(grid[1, 1].style, .reverse)
        XCTAssertEqual(grid[2, 1].style, .plain)
    }

    func testAddAttributesKeepsExistingStyle() {
        var grid = Grid(width: 4, height: 1)
        grid.put("ab", x: 0, y: 0, style: .error)
        grid.addAttributes(.reverse, in: grid.bounds)
        XCTAssertEqual(grid[0, 0].style, Style([.bold, .reverse], color: .error))
        XCTAssertEqual(grid[3, 0].style, .reverse)
    }

    func testBoxWithTitle() {
        var grid = Grid(width: 14, height: 4)
        grid.box(Rect(x: 1, y: 0, width: 12, height: 4), title: "Data")
        XCTAssertEqual(grid.lines, [
            " ┌─ Data ───┐",
            " │          │",
            " │          │",
            " └──────────┘",
        ])
        XCTAssertTrue(grid[4, 0].style.attributes.contains(.bold))
    }

    func testBoxTruncatesLongTitle() {
        var grid = Grid(width: 10, height: 2)
        grid.box(grid.bounds, title: "Pendaftaran")
        XCTAssertEqual(grid.lines, ["┌─ Pen… ─┐", "└────────┘"])
    }

    func testHorizontalAndVerticalLines() {
        var grid = Grid(width: 4, height: 3)
        grid.hline(x: 1, y: 0, width: 10)
        grid.vline(x: 0, y: 1, height: 2)
        XCTAssertEqual(grid.lines, [" ───", "│", "│"])
    }

    func testLinesTrimTrailingSpacesAndSkipContinuations() {
        var grid = Grid(width: 8, height: 2)
        grid.put("中 x  ", x: 0, y: 0)
        grid.put("  y", x: 0, y: 1)
        XCTAssertEqual(grid.lines, ["中 x", "  y"])
        XCTAssertEqual(grid.text, "中 x\n  y\n")
    }

    func testGridsCompareByCells() {
        var a = Grid(width: 3, height: 1)
        var b = Grid(width: 3, height: 1)
        XCTAssertEqual(a, b)
        a.put("x", x: 0, y: 0, style: .bold)
        b.put("x", x: 0, y: 0)
        XCTAssertNotEqual(a, b)
    }

    func testTooSmallShowsOnlyTheCentredMessage() {
        let grid = Grid.tooSmall(width: 60, height: 10)
        let message = "Perbesar jendela terminal (minimal 80x24)"
        let nonEmpty = grid.lines.enumerated().filter { !$0.element.isEmpty }
        XCTAssertEqual(nonEmpty.count, 1)
        XCTAssertEqual(nonEmpty.first?.offset, 4)
        XCTAssertEqual(nonEmpty.first?.element, String(repeating: " ", count: (60 - 41) / 2) + message)
        XCTAssertTrue(Grid.isTooSmall(width: 79, height: 24))
        XCTAssertTrue(Grid.isTooSmall(width: 80, height: 23))
        XCTAssertFalse(Grid.isTooSmall(width: 80, height: 24))
    }

    func testTooSmallWrapsOnVeryNarrowTerminal() {
        let grid = Grid.tooSmall(width: 20, height: 5)
        XCTAssertEqual(grid.lines, ["", "  Perbesar jendela", " terminal (minimal", "       80x24)", ""])
    }
}
