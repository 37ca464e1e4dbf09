import XCTest
import LoketTUI

final class ListViewTests: XCTestCase {
    func testUpDownStopAtEnds() {
        var list = ListView(count: 3, pageSize: 2)
        XCTAssertTrue(list.handle(.up))
        XCTAssertEqual(list.selected, 0)
        list.handle(.down)
        list.handle(.down)
        list.handle(.down)
        XCTAssertEqual(list.selected, 2)
        XCTAssertFalse(list.handle(.enter))
    }

    func testPagingAndScrollBounds() {
        var list = ListView(count: 25, pageSize: 10)
        list.handle(.pageDown)
        XCTAssertEqual(list.selected, 10)
        XCTAssertEqual(list.top, 1)
        list.handle(.pageDown)
        list.handle(.pageDown)
        XCTAssertEqual(list.selected, 24)
        XCTAssertEqual(list.top, 15)
        list.handle(.pageUp)
        XCTAssertEqual(list.selected, 14)
        XCTAssertEqual(list.top, 14)
        list.handle(.home)
        XCTAssertEqual(list.selected, 0)
        XCTAssertEqual(list.top, 0)
        list.handle(.end)
        XCTAssertEqual(list.selected, 24)
        XCTAssertEqual(list.top, 15)
    }

    func testEnsureVisibleScrollsMinimallyAndNotPastEnd() {
        var list = ListView(count: 20, pageSize: 5)
        list.selected = 7
        list.ensureVisible(height: 5)
        XCTAssertEqual(list.top, 3)
        list.selected = 5
        list.ensureVisible(height: 5)
        XCTAssertEqual(list.top, 3)
        list.selected = 2
        list.ensureVisible(height: 5)
        XCTAssertEqual(list.top, 2)
        list.top = 18
        list.ensureVisible(height: 5)
        XCTAssertEqual(list.top, 2)
    }

    func testShrinkingCountClampsSelection() {
        var list = ListView(count: 10, selected: 9)
        list.count = 4
        XCTAssertEqual(list.selected, 3)
        list.count = 0
        XCTAssertEqual(list.selected, 0)
        XCTAssertTrue(list.handle(.down))
        XCTAssertEqual(list.selected, 0)
    }

    func testRenderDrawsVisibleRowsWithSelectionReversed() {
        let names = ["Adi", "Budi", "Citra", "Dewi", "Eko"]
        var list = ListView(count: names.count, pageSize: 3)
        list.selected = 3
        list.ensureVisible(height: 3)
        var grid = Grid(width: 8, height: 4)
        var seen: [Int] = []
        list.render(in: Rect(x: 1, y: 1, width: 6, height: 3), into: &grid) { index, rect, isSelected, grid in
            seen.append(index)
            grid.put((isSelected ? ">" : " ") + names[index], x: rect.x, y: rect.y, maxWidth: rect.width)
        }
        XCTAssertEqual(seen, [1, 2, 3])
        XCTAssertEqual(grid.lines, ["", "  Budi", "  Citra", " >Dewi"])
        for x in 1..<7 { XCTAssertTrue(grid[x, 3].style.attributes.contains(.reverse), "column \(x)") }
        XCTAssertFalse(grid[7, 3].style.attributes.contains(.reverse))
        XCTAssertFalse(grid[1, 2].style.attributes.contains(.reverse))
    }

    func testRenderKeepsSelectionVisibleEvenWithStaleTop() {
        var list = ListView(count: 30, pageSize: 10)
        list.selected = 29  // top not updated on purpose
        var grid = Grid(width: 4, height: 2)
        list.render(in: grid.bounds, into: &grid) { index, rect, _, grid in
            grid.put(String(index), x: rect.x, y: rect.y)
        }
        XCTAssertEqual(grid.lines, ["28", "29"])
    }
}
