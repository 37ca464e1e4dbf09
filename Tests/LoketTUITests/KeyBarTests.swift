import XCTest
import LoketTUI

final class KeyBarTests: XCTestCase {
    func testRenderWithReverseKeys() {
        var grid = Grid(width: 30, height: 1)
        KeyBar([("F2", "Simpan"), ("F10", "Keluar")]).render(in: grid.bounds, into: &grid)
        XCTAssertEqual(grid.lines, ["F2 Simpan  F10 Keluar"])
        XCTAssertEqual(grid[0, 0].style, .reverse)
        XCTAssertEqual(grid[1, 0].style, .reverse)
        XCTAssertEqual(grid[2, 0].style, .plain)
        XCTAssertEqual(grid[11, 0].style, .reverse)
        XCTAssertEqual(grid[10, 0].style, .plain)
    }

    func testItemsThatDoNotFitAreLeftOut() {
        let bar = KeyBar([("F1", "Bantuan"), ("F2", "Simpan"), ("F10", "Keluar")])
        var narrow = Grid(width: 20, height: 1)
        bar.render(in: narrow.bounds, into: &narrow)
        XCTAssertEqual(narrow.lines, ["F1 Bantuan"])
        var exact = Grid(width: 21, height: 1)
        bar.render(in: exact.bounds, into: &exact)
        XCTAssertEqual(exact.lines, ["F1 Bantuan  F2 Simpan"])
    }

    func testItemWithoutLabel() {
        var grid = Grid(width: 15, height: 1)
        KeyBar([("Esc", ""), ("F10", "Keluar")]).render(in: grid.bounds, into: &grid)
        XCTAssertEqual(grid.lines, ["Esc  F10 Keluar"])
        XCTAssertEqual(grid[3, 0].style, .plain)
    }
}
