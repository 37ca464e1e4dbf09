import XCTest
final class LoketSyncPlaceholderTests: XCTestCase { func testMagic() { XCTAssertEqual(Array("LOKETB1\n".utf8).count, 8) } }
