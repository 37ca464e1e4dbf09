@testable import LoketApp
import LoketTUI
import XCTest

final class AppFrameTests: XCTestCase {
    func testBelowEightyByTwentyFourOnlyAsksForALargerWindow() throws {
        let desk = try TestDesk()
        let app = App(context: desk.context)
        let small = app.render(width: 79, height: 24)
        XCTAssertTrue(small.text.contains("Perbesar jendela terminal (minimal 80x24)"))
        XCTAssertFalse(small.text.contains("LOKET"))
        assertGolden(app.render(width: 60, height: 20), "too-small")
        XCTAssertTrue(app.render(width: 80, height: 24).text.contains("LOKET"))
    }

    func testResizeKeyChangesNothing() throws {
        let desk = try TestDesk()
        var app = App(context: desk.context)
        let before = app.render().text
        XCTAssertNil(app.handle(.resize))
        XCTAssertEqual(app.render().text, before)
    }

    func testFirstRunStartsAtSetUpAndLaterRunsAtLogin() throws {
        XCTAssertTrue(App(context: try TestDesk(setUp: false).context).top is SetupScreen)
        XCTAssertTrue(App(context: try TestDesk().context).top is LoginScreen)
    }
}
