import XCTest
import LoketTUI

final class RectTests: XCTestCase {
    func testInsetAndEdges() {
        let rect = Rect(x: 2, y: 3, width: 10, height: 5)
        XCTAssertEqual(rect.maxX, 12)
        XCTAssertEqual(rect.maxY, 8)
        XCTAssertEqual(rect.inset(by: 1), Rect(x: 3, y: 4, width: 8, height: 3))
        XCTAssertEqual(rect.inset(by: 4).height, 0)
    }

    func testIntersectionAndCentering() {
        let a = Rect(x: 0, y: 0, width: 10, height: 10)
        XCTAssertEqual(a.intersection(Rect(x: 5, y: 8, width: 10, height: 10)), Rect(x: 5, y: 8, width: 5, height: 2))
        XCTAssertTrue(a.intersection(Rect(x: 20, y: 0, width: 5, height: 5)).isEmpty)
        XCTAssertEqual(Rect(x: 0, y: 0, width: 80, height: 24).centered(width: 20, height: 5),
                       Rect(x: 30, y: 9, width: 20, height: 5))
    }
}
