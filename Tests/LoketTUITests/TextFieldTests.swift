import XCTest
import LoketTUI

final class TextFieldTests: XCTestCase {
    private func type(_ text: String, into field: inout TextField) {
        for character in text { XCTAssertTrue(field.handle(.char(character))) }
    }

    func testTypingAppendsAndMovesCursor() {
        var field = TextField()
        type("Ma'ruf", into: &field)
        XCTAssertEqual(field.text, "Ma'ruf")
        XCTAssertEqual(field.cursor, 6)
    }

    func testInsertInTheMiddle() {
        var field = TextField(text: "Srh")
        field.handle(.left)
        field.handle(.left)
        XCTAssertTrue(field.handle(.char("a")))
        XCTAssertEqual(field.text, "Sarh")
        XCTAssertEqual(field.cursor, 2)
    }

    func testBackspaceAtStartChangesNothing() {
        var field = TextField(text: "abc")
        field.handle(.home)
        XCTAssertTrue(field.handle(.backspace))
        XCTAssertEqual(field.text, "abc")
        XCTAssertEqual(field.cursor, 0)
    }

    func testBackspaceAndDelete() {
        var field = TextField(text: "abcd")
        field.handle(.backspace)
        XCTAssertEqual(field.text, "abc")
        XCTAssertEqual(field.cursor, 3)
        field.handle(.home)
        field.handle(.right)
        field.handle(.delete)
        XCTAssertEqual(field.text, "ac")
        XCTAssertEqual(field.cursor, 1)
        field.handle(.end)
        field.handle(.delete)
        XCTAssertEqual(field.text, "ac")
    }

    func testCursorStaysInBounds() {
        var field = TextField(text: "ab")
        field.handle(.right)
        XCTAssertEqual(field.cursor, 2)
        field.handle(.home)
        field.handle(.left)
        XCTAssertEqual(field.cursor, 0)
        field.text = ""
        XCTAssertEqual(field.cursor, 0)
    }

    func testEditingWideAndCombiningCharacters() {
        var field = TextField(text: "Jose\u{301}中")
        XCTAssertEqual(field.cursor, 5)
        field.handle(.backspace)
        field.handle(.backspace)
        XCTAssertEqual(field.text, "Jos")
    }

    func testCtrlUClears() {
        var field = TextField(text: "3171")
        XCTAssertTrue(field.handle(.ctrl("u")))
        XCTAssertEqual(field.text, "")
        XCTAssertEqual(field.cursor, 0)
    }

    func testDigitsFilterRejectsLetters() {
        var field = TextField(filter: .digits)
        type("31a7１", into: &field)
        XCTAssertEqual(field.text, "317")
        XCTAssertEqual(field.cursor, 3)
    }

    func testDigitsAndSpaceAndCustomFilters() {
        var phone = TextField(filter: .digitsAndSpace)
        type("0812 34x", into: &phone)
        XCTAssertEqual(phone.text, "0812 34")
        var upper = TextField(filter: .custom("upper") { $0.isUppercase })
        type("aBcD", into: &upper)
        XCTAssertEqual(upper.text, "BD")
    }

    func testMaxLength() {
        var field = TextField(maxLength: 3)
        type("12345", into: &field)
        XCTAssertEqual(field.text, "123")
    }

    func testUnownedKeysAreNotConsumed() {
        var field = TextField(text: "x")
        XCTAssertFalse(field.handle(.tab))
        XCTAssertFalse(field.handle(.enter))
        XCTAssertFalse(field.handle(.function(2)))
        XCTAssertFalse(field.handle(.ctrl("s")))
        XCTAssertEqual(field.text, "x")
    }

    func testFieldsCompareByFilterName() {
        XCTAssertEqual(TextField(filter: .digits), TextField(filter: .digits))
        XCTAssertNotEqual(TextField(filter: .digits), TextField(filter: .any))
    }

    func testRenderFocusedUnderlinesAndReversesCursor() {
        var grid = Grid(width: 10, height: 1)
        var field = TextField(text: "Budi")
        field.handle(.left)
        field.render(in: Rect(x: 1, y: 0, width: 6, height: 1), into: &grid, focused: true)
        XCTAssertEqual(grid.lines, [" Budi"])
        for x in 1..<7 { XCTAssertTrue(grid[x, 0].style.attributes.contains(.underline), "column \(x)") }
        XCTAssertFalse(grid[7, 0].style.attributes.contains(.underline))
        XCTAssertEqual(grid[4, 0].style.attributes, [.underline, .reverse])  // the "i" under the cursor
        XCTAssertEqual(grid[3, 0].style.attributes, [.underline])
    }

    func testRenderUnfocusedHasNoCursor() {
        var grid = Grid(width: 6, height: 1)
        TextField(text: "Budi").render(in: grid.bounds, into: &grid, focused: false)
        XCTAssertEqual(grid.lines, ["Budi"])
        for x in 0..<6 { XCTAssertEqual(grid[x, 0].style.attributes, [.underline]) }
    }

    func testRenderScrollsToKeepCursorVisible() {
        var grid = Grid(width: 5, height: 1)
        let field = TextField(text: "abcdefgh")
        field.render(in: grid.bounds, into: &grid, focused: true)
        XCTAssertEqual(grid.lines, ["efgh"])
        XCTAssertTrue(grid[4, 0].style.attributes.contains(.reverse))
        var start = field
        start.handle(.home)
        start.render(in: grid.bounds, into: &grid, focused: true)
        XCTAssertEqual(grid.lines, ["abcde"])
        XCTAssertTrue(grid[0, 0].style.attributes.contains(.reverse))
    }

    func testRenderPlaceholderWhenEmpty() {
        var grid = Grid(width: 12, height: 1)
        TextField().render(in: grid.bounds, into: &grid, focused: true, placeholder: "16 digit")
        XCTAssertEqual(grid.lines, ["16 digit"])
        XCTAssertTrue(grid[0, 0].style.attributes.contains(.reverse))
        XCTAssertTrue(grid[1, 0].style.attributes.contains(.dim))
    }

    func testStaticRenderOfMaskedText() {
        var grid = Grid(width: 20, height: 1)
        TextField.render(display: "3171••••••••0001", cursor: nil, in: Rect(x: 0, y: 0, width: 18, height: 1),
                         into: &grid, focused: false)
        XCTAssertEqual(grid.lines, ["3171••••••••0001"])
        XCTAssertEqual(grid[17, 0].style, .underline)
        XCTAssertFalse((0..<18).contains { grid[$0, 0].style.attributes.contains(.reverse) })
    }
}
