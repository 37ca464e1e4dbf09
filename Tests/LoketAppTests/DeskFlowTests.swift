import LoketApp
import LoketCore
import LoketTUI
import XCTest

/// The whole app on a fresh store: set-up, the menu, switching operator.
final class DeskFlowTests: XCTestCase {
    func testFirstRunSetUpEndsOnTheMainMenu() throws {
        let desk = try TestDesk(setUp: false)
        let app = App(context: desk.service.context())
        XCTAssertTrue(app.top is SetupScreen)

        let keys: [Key] = Key.type("gambir") + [.enter, .enter] + Key.type("Rina Wulandari") + [.tab]
            + Key.type("1234") + [.tab] + Key.type("1234") + [.enter]
        let (done, frame) = desk.run(keys, app: app)

        XCTAssertTrue(done.top is MainMenuScreen)
        XCTAssertTrue(desk.service.state.isSetUp)
        XCTAssertEqual(desk.service.state.profile?.kelurahanCode, "3171011001")
        XCTAssertEqual(desk.service.state.profile?.name, "Loket Gambir")
        XCTAssertEqual(done.context.operatorName, "Rina Wulandari")
        XCTAssertTrue(frame.lines[1].contains("Menu utama"))
        XCTAssertTrue(frame.lines[0].contains("Kel. Gambir"))
        XCTAssertTrue(frame.messageLine.contains("Loket siap dipakai"))

        // The PIN chosen at set-up is the one that signs in after switching operator.
        let (signedOut, _) = desk.run([.char("7")], app: done)
        XCTAssertTrue(signedOut.top is LoginScreen)
        let (again, _) = desk.run(Key.type("1234") + [.enter], app: signedOut)
        XCTAssertTrue(again.top is MainMenuScreen)
        XCTAssertEqual(again.context.operatorID, 1)
    }

    func testQuittingSetUpSavesNothing() throws {
        let desk = try TestDesk(setUp: false)
        let (app, _) = desk.run(Key.type("gambir") + [.enter, .escape, .escape, .char("y")],
                                app: App(context: desk.service.context()))
        XCTAssertTrue(app.isFinished)
        XCTAssertFalse(desk.service.state.isSetUp)
    }
}
