import XCTest
import LoketTUI

final class EscapeSequenceTests: XCTestCase {
    func testCursorAndEditingKeys() {
        XCTAssertEqual(Key(escapeSequence: "[A"), .up)
        XCTAssertEqual(Key(escapeSequence: "OD"), .left)
        XCTAssertEqual(Key(escapeSequence: "[1~"), .home)
        XCTAssertEqual(Key(escapeSequence: "[4~"), .end)
        XCTAssertEqual(Key(escapeSequence: "OH"), .home)
        XCTAssertEqual(Key(escapeSequence: "[3~"), .delete)
        XCTAssertEqual(Key(escapeSequence: "[6~"), .pageDown)
        XCTAssertEqual(Key(escapeSequence: "[Z"), .backTab)
    }

    func testFunctionKeysInCommonDialects() {
        XCTAssertEqual(Key(escapeSequence: "OP"), .function(1))
        XCTAssertEqual(Key(escapeSequence: "[11~"), .function(1))  // PuTTY
        XCTAssertEqual(Key(escapeSequence: "[[B"), .function(2))  // Linux console
        XCTAssertEqual(Key(escapeSequence: "[21~"), .function(10))
        XCTAssertEqual(Key(escapeSequence: "[24~"), .function(12))
    }

    func testModifiersAreIgnored() {
        XCTAssertEqual(Key(escapeSequence: "[1;5C"), .right)
        XCTAssertEqual(Key(escapeSequence: "[15;2~"), .function(5))
    }

    func testUnknownSequences() {
        XCTAssertNil(Key(escapeSequence: "[2~"))  // Insert: unused
        XCTAssertNil(Key(escapeSequence: "[99~"))
        XCTAssertNil(Key(escapeSequence: "[M"))
        XCTAssertNil(Key(escapeSequence: "["))
        XCTAssertNil(Key(escapeSequence: "x1"))
    }
}
