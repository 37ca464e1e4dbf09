import XCTest
import LoketTUI

final class MemoryTerminalTests: XCTestCase {
    func testReadKeyPopsQueueInOrderThenNil() {
        let terminal = MemoryTerminal(width: 80, height: 24, keys: [.char("a"), .enter])
        XCTAssertEqual(terminal.readKey(), .char("a"))
        terminal.enqueue([.function(10)])
        XCTAssertEqual(terminal.readKey(), .enter)
        XCTAssertEqual(terminal.readKey(), .function(10))
        XCTAssertNil(terminal.readKey())
    }

    func testDrawKeepsLastFrameAndCounts() {
        let terminal = MemoryTerminal(width: 10, height: 2)
        XCTAssertNil(terminal.lastGrid)
        var grid = Grid(width: 10, height: 2)
        terminal.draw(grid)
        grid.put("Loket", x: 0, y: 0)
        terminal.draw(grid)
        XCTAssertEqual(terminal.frameCount, 2)
        XCTAssertEqual(terminal.lastGrid?.lines, ["Loket", ""])
    }

    func testSizeCanChangeAsInAResize() {
        let terminal: any Terminal = MemoryTerminal(width: 100, height: 30)
        XCTAssertEqual(terminal.size.width, 100)
        XCTAssertEqual(terminal.size.height, 30)
        (terminal as? MemoryTerminal)?.size = (60, 20)
        XCTAssertEqual(terminal.size.width, 60)
    }
}
