@testable import LoketApp
import LoketTUI
import XCTest

final class ProgressDrawerTests: XCTestCase {
    func testProgressIsDrawnOverTheLastFrameOnTheMessageRow() {
        var frame = Grid(width: 80, height: 24)
        frame.put("Sinkronisasi", x: 1, y: 1)
        frame.put("pesan lama", x: 1, y: 22)
        let terminal = MemoryTerminal()
        let draw = progressDrawer(frame: frame, terminal: terminal)
        draw("Membuat bundle… 40%")
        draw("Membuat bundle… 40%")
        draw("Membuat bundle… 80%")
        XCTAssertEqual(terminal.frameCount, 2, "the same text is not drawn twice")
        let lines = terminal.lastGrid?.lines ?? []
        XCTAssertEqual(lines[1], " Sinkronisasi")
        XCTAssertEqual(lines[22], " ⏳ Membuat bundle… 80%")
    }
}
