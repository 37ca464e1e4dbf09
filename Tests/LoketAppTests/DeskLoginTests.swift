import Foundation
import LoketApp
import LoketCore
import LoketStore
import LoketTUI
import XCTest

final class DeskLoginTests: XCTestCase {
    var desk: TestDesk!

    override func setUpWithError() throws {
        desk = try TestDesk()
        // A second operator whose name sorts before the first: the list is by name, not by id.
        _ = desk.service.execute(.addOperator(name: "Ahmad Fauzi", pin: "2468"), operatorID: 1)
    }
    override func tearDown() { desk = nil }

    /// The context before anyone signs in.
    var context: AppContext { desk.service.context() }

    func testListsOperatorsByNameAndMasksThePin() {
        var screen = LoginScreen()
        press(&screen, Key.type("12"), context)
        let grid = rendered(screen, context)
        let ahmad = grid.lines.firstIndex { $0.contains("Ahmad Fauzi") }
        let rina = grid.lines.firstIndex { $0.contains("Rina Wulandari") }
        XCTAssertNotNil(ahmad)
        XCTAssertLessThan(ahmad ?? 99, rina ?? -1)
        XCTAssertTrue(grid.text.contains("••"))
        XCTAssertFalse(grid.text.contains("12\n"))
        assertGolden(grid, "login")
    }

    func testEnterSignsInTheChosenOperator() {
        var screen = LoginScreen()
        let effect = press(&screen, [.down] + Key.type("123456") + [.enter], context)
        guard case .signIn(let id, let pin)? = effect.command else { return XCTFail("got \(effect.summary)") }
        XCTAssertEqual(desk.service.state.operatorAccount(id: id)?.name, "Rina Wulandari")
        XCTAssertEqual(pin, "123456")
        XCTAssertEqual(screen.receive(.signedIn(operatorID: id), context: context).summary, "reset MainMenuScreen")
    }

    func testEmptyPinAndLettersGetAMessage() {
        var screen = LoginScreen()
        XCTAssertEqual(press(&screen, [.enter], context).summary, "none")
        XCTAssertTrue(screen.message?.text.contains("Ketik PIN") ?? false)
        press(&screen, Key.type("1a"), context)
        XCTAssertEqual(screen.pin.text, "1")
        XCTAssertTrue(screen.message?.text.contains("angka") ?? false)
    }

    func testRefusedPinIsClearedButTheOperatorStaysChosen() {
        var screen = LoginScreen()
        press(&screen, [.down] + Key.type("0000"), context)
        _ = screen.receive(.signInRefused("PIN salah. Coba lagi."), context: context)
        XCTAssertEqual(screen.pin.text, "")
        XCTAssertEqual(screen.selectedOperator(context)?.name, "Rina Wulandari")
        XCTAssertTrue(rendered(screen, context).messageLine.contains("PIN salah"))
    }

    func testQuitKeys() {
        var f10 = LoginScreen()
        XCTAssertEqual(press(&f10, [.function(10)], context).summary, "quit")
        var ctrlQ = LoginScreen()
        XCTAssertEqual(press(&ctrlQ, [.ctrl("q")], context).summary, "quit")
    }

    func testReadOnlyReasonIsShown() {
        var ctx = context
        ctx.readOnlyReason = "Catatan ke-7 rusak."
        let grid = rendered(LoginScreen(), ctx)
        XCTAssertTrue(grid.text.contains("Catatan ke-7 rusak."))
        XCTAssertTrue(grid.text.contains("tetap bisa masuk"))
    }

    func testWrongThenRightPinThroughTheWholeApp() {
        let app = App(context: context)
        XCTAssertTrue(app.top is LoginScreen)
        let (afterWrong, wrongFrame) = desk.run([.down] + Key.type("999999") + [.enter], app: app)
        XCTAssertTrue(afterWrong.top is LoginScreen)
        XCTAssertNil(afterWrong.context.operatorID)
        XCTAssertTrue(wrongFrame.messageLine.contains("PIN salah"))
        assertGolden(wrongFrame, "login-wrong-pin")

        let (signedIn, frame) = desk.run(Key.type("123456") + [.enter], app: afterWrong)
        XCTAssertTrue(signedIn.top is MainMenuScreen)
        XCTAssertEqual(signedIn.context.operatorName, "Rina Wulandari")
        XCTAssertTrue(frame.lines[0].contains("Rina Wulandari"))
    }

    func testSignInStillWorksWhenTheStoreIsReadOnly() throws {
        desk.registerSynthetic(1)
        desk.service.store.close()
        // Damage the last record: the store opens read-only with everything before it.
        let path = desk.directory + "/" + Journal.fileName
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        bytes[bytes.count - 10] ^= 0x10
        try bytes.write(to: URL(fileURLWithPath: path))
        let store = try DeskStore.open(directory: desk.directory)
        defer { store.close() }
        let service = DeskService(store: store, pinHasher: .testOnlyFast, clock: .fixed(TestDesk.fixedDate))
        XCTAssertNotNil(store.readOnlyReason)

        var app = App(context: service.context())
        let terminal = MemoryTerminal(width: 80, height: 24, keys: [.down] + Key.type("123456") + [.enter])
        runApp(&app, terminal: terminal, service: service)
        XCTAssertTrue(app.top is MainMenuScreen)
        XCTAssertEqual(app.context.operatorName, "Rina Wulandari")
        XCTAssertTrue(terminal.lastGrid?.text.contains("Data hanya bisa dibaca") ?? false)
    }
}
