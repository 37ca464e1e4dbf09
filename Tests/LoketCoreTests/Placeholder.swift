import XCTest
final class LoketCoreTestsPlaceholder: XCTestCase { func testNothing() { XCTAssertTrue(true) } }
