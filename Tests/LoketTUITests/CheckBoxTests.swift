import XCTest
import LoketTUI

final class CheckBoxTests: XCTestCase {
    func testSpaceToggles() {
        var box = CheckBox("Penyandang disabilitas")
        XCTAssertTrue(box.handle(.char(" ")))
        XCTAssertTrue(box.isChecked)
        box.handle(.char(" "))
        XCTAssertFalse(box.isChecked)
        XCTAssertFalse(box.handle(.enter))
        XCTAssertFalse(box.handle(.char("x")))
        XCTAssertFalse(box.isChecked)
    }

    func testRender() {
        var grid = Grid(width: 20, height: 2)
        CheckBox("Hamil", isChecked: true).render(in: grid.bounds.row(0), into: &grid, focused: true)
        CheckBox("Lansia").render(in: grid.bounds.row(1), into: &grid, focused: false)
        XCTAssertEqual(grid.lines, ["[x] Hamil", "[ ] Lansia"])
        XCTAssertEqual(grid[1, 0].style, .reverse)
        XCTAssertEqual(grid[1, 1].style, .plain)
    }
}
