import XCTest
import LoketTUI

final class TextLayoutTests: XCTestCase {
    func testTruncatedKeepsTextThatFits() {
        XCTAssertEqual(truncated("Budi", toWidth: 4), "Budi")
    }

    func testTruncatedEndsWithEllipsis() {
        XCTAssertEqual(truncated("Budi Santoso", toWidth: 6), "Budi …")
        XCTAssertEqual(truncated("Budi", toWidth: 0), "")
    }

    func testTruncatedDoesNotSplitWideCharacter() {
        let result = truncated("中文字", toWidth: 4)
        XCTAssertEqual(result, "中…")
        XCTAssertLessThanOrEqual(displayWidth(result), 4)
    }

    func testPaddedByDisplayWidth() {
        XCTAssertEqual(padded("Ma'ruf", toWidth: 8), "Ma'ruf  ")
        XCTAssertEqual(padded("中", toWidth: 4), "中  ")
        XCTAssertEqual(padded("Jose\u{301}", toWidth: 5), "Jose\u{301} ")
        XCTAssertEqual(padded("Budi Santoso", toWidth: 6), "Budi …")
    }

    func testWrappedBreaksAtSpaces() {
        XCTAssertEqual(wrapped("Data belum tersimpan di disk", width: 12),
                       ["Data belum", "tersimpan di", "disk"])
    }

    func testWrappedBreaksLongWordsAndKeepsParagraphs() {
        XCTAssertEqual(wrapped("abcdefghij", width: 4), ["abcd", "efgh", "ij"])
        XCTAssertEqual(wrapped("satu\n\ndua", width: 10), ["satu", "", "dua"])
        XCTAssertEqual(wrapped("", width: 10), [])
    }

    func testWrappedMeasuresWideCharacters() {
        XCTAssertEqual(wrapped("中文 中文", width: 4), ["中文", "中文"])
    }
}
