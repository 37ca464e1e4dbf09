import XCTest
final class LoketStoreTestsPlaceholder: XCTestCase { func testNothing() { XCTAssertTrue(true) } }
