import XCTest
import LoketTUI

final class DisplayWidthTests: XCTestCase {
    func testASCIIIsOneColumnEach() {
        XCTAssertEqual(displayWidth("Siti Aminah"), 11)
        XCTAssertEqual(displayWidth(Character("a")), 1)
        XCTAssertEqual(displayWidth(""), 0)
    }

    func testCombiningMarkAddsNoWidth() {
        XCTAssertEqual(displayWidth("e\u{301}"), 1)
        XCTAssertEqual(displayWidth("Jose\u{301}"), 4)
        XCTAssertEqual(displayWidth(Character("\u{301}")), 0)
    }

    func testZeroWidthAndControlCharacters() {
        XCTAssertEqual(displayWidth(Character("\u{200B}")), 0)
        XCTAssertEqual(displayWidth(Character("\n")), 0)
        XCTAssertEqual(displayWidth(Character("\u{7}")), 0)
    }

    func testEastAsianWideIsTwoColumns() {
        XCTAssertEqual(displayWidth(Character("中")), 2)
        XCTAssertEqual(displayWidth("中文"), 4)
        XCTAssertEqual(displayWidth(Character("한")), 2)
        XCTAssertEqual(displayWidth(Character("Ａ")), 2)  // fullwidth Latin
    }

    func testEmojiPresentationIsTwoColumns() {
        XCTAssertEqual(displayWidth(Character("😀")), 2)
        XCTAssertEqual(displayWidth(Character("👍🏽")), 2)  // with skin tone modifier
        XCTAssertEqual(displayWidth(Character("🇮🇩")), 2)  // flag
        XCTAssertEqual(displayWidth(Character("❤\u{FE0F}")), 2)  // text-default symbol + VS16
        XCTAssertEqual(displayWidth(Character("❤")), 1)
    }

    func testAmbiguousWidthCountsAsNarrow() {
        XCTAssertEqual(displayWidth("…"), 1)
        XCTAssertEqual(displayWidth("3171••••••••0001"), 16)
        XCTAssertEqual(displayWidth("┌─┐"), 3)
    }
}
