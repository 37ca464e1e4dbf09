import XCTest
import LoketTUI

final class FocusRingTests: XCTestCase {
    func testNextWraps() {
        var ring = FocusRing(count: 3)
        ring.next()
        ring.next()
        XCTAssertEqual(ring.index, 2)
        ring.next()
        XCTAssertEqual(ring.index, 0)
    }

    func testPreviousWraps() {
        var ring = FocusRing(count: 3)
        ring.previous()
        XCTAssertEqual(ring.index, 2)
        XCTAssertTrue(ring.isFocused(2))
        XCTAssertFalse(ring.isFocused(0))
    }

    func testTabAndShiftTab() {
        var ring = FocusRing(count: 2)
        XCTAssertTrue(ring.handle(.tab))
        XCTAssertEqual(ring.index, 1)
        XCTAssertTrue(ring.handle(.backTab))
        XCTAssertEqual(ring.index, 0)
        XCTAssertFalse(ring.handle(.enter))
    }

    func testEmptyRingAndShrinking() {
        var empty = FocusRing(count: 0)
        empty.next()
        XCTAssertEqual(empty.index, 0)
        XCTAssertFalse(empty.isFocused(0))
        var ring = FocusRing(count: 5, index: 4)
        ring.count = 2
        XCTAssertEqual(ring.index, 1)
    }
}
