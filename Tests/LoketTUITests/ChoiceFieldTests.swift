import XCTest
import LoketTUI

final class ChoiceFieldTests: XCTestCase {
    private let sexes = ["Laki-laki", "Perempuan"]

    func testRightAndSpaceCycleForwardWrapping() {
        var field = ChoiceField(options: ["A", "B", "C"])
        XCTAssertTrue(field.handle(.right))
        XCTAssertEqual(field.selected, 0)
        field.handle(.char(" "))
        field.handle(.right)
        XCTAssertEqual(field.selected, 2)
        field.handle(.right)
        XCTAssertEqual(field.selected, 0)
    }

    func testLeftCyclesBackwardWrapping() {
        var field = ChoiceField(options: ["A", "B", "C"])
        field.handle(.left)
        XCTAssertEqual(field.selected, 2)
        field.handle(.left)
        field.handle(.left)
        field.handle(.left)
        XCTAssertEqual(field.selected, 2)
    }

    func testDigitPicksOption() {
        var field = ChoiceField(options: ["A", "B", "C"])
        XCTAssertTrue(field.handle(.char("2")))
        XCTAssertEqual(field.selectedOption, "B")
        XCTAssertFalse(field.handle(.char("4")))
        XCTAssertFalse(field.handle(.char("0")))
        XCTAssertEqual(field.selected, 1)
    }

    func testLetterJumpsToNextMatchingOption() {
        var field = ChoiceField(options: ["Islam", "Kristen", "Katolik", "Hindu"])
        XCTAssertTrue(field.handle(.char("k")))
        XCTAssertEqual(field.selectedOption, "Kristen")
        field.handle(.char("K"))
        XCTAssertEqual(field.selectedOption, "Katolik")
        field.handle(.char("k"))
        XCTAssertEqual(field.selectedOption, "Kristen")
        XCTAssertFalse(field.handle(.char("z")))
    }

    func testUnownedKeys() {
        var field = ChoiceField(options: sexes)
        XCTAssertFalse(field.handle(.tab))
        XCTAssertFalse(field.handle(.enter))
        var empty = ChoiceField(options: [])
        XCTAssertFalse(empty.handle(.right))
    }

    func testRender() {
        var grid = Grid(width: 20, height: 1)
        ChoiceField(options: sexes, selected: 1).render(in: grid.bounds, into: &grid, focused: true)
        XCTAssertEqual(grid.lines, ["‹ Perempuan ›"])
        XCTAssertTrue(grid[2, 0].style.attributes.contains(.reverse))
        XCTAssertFalse(grid[0, 0].style.attributes.contains(.reverse))
        XCTAssertFalse(grid[11, 0].style.attributes.contains(.reverse))
    }

    func testRenderUnselectedAndNarrow() {
        var grid = Grid(width: 20, height: 2)
        ChoiceField(options: sexes).render(in: grid.bounds.row(0), into: &grid, focused: false)
        ChoiceField(options: sexes, selected: 1).render(in: Rect(x: 0, y: 1, width: 9, height: 1),
                                                        into: &grid, focused: false)
        XCTAssertEqual(grid.lines, ["‹ Pilih ›", "‹ Pere… ›"])
        XCTAssertTrue(grid[2, 0].style.attributes.contains(.dim))
    }
}
