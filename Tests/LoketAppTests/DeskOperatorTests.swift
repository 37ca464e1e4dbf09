import LoketApp
import LoketCore
import LoketTUI
import XCTest

final class DeskOperatorTests: XCTestCase {
    var desk: TestDesk!

    override func setUpWithError() throws { desk = try TestDesk() }
    override func tearDown() { desk = nil }

    var context: AppContext { desk.context }

    func testRefusesEmptyOrTakenNames() {
        var screen = AddOperatorScreen()
        press(&screen, [.tab] + Key.type("1234") + [.tab] + Key.type("1234") + [.enter], context)
        XCTAssertEqual(screen.message?.text, "Isi nama operator.")
        XCTAssertEqual(screen.form.focus, OperatorEntry.Field.name.rawValue)
        XCTAssertEqual(screen.form.model.pin, "1234", "the PIN typed is kept")

        let effect = press(&screen, Key.type("rina  WULANDARI") + [.function(2)], context)
        XCTAssertNil(effect.command)
        XCTAssertTrue(screen.message?.text.contains("sudah dipakai") ?? false)
    }

    func testValidEntryAsksToAddAndPopsWithTheResult() {
        var screen = AddOperatorScreen()
        let effect = press(&screen, Key.type(" Siti  Nur'aini ") + [.tab] + Key.type("5678") + [.tab] + Key.type("5678") + [.ctrl("s")], context)
        guard case .addOperator(let name, let pin)? = effect.command else { return XCTFail("got \(effect.summary)") }
        XCTAssertEqual(name, "Siti Nur'aini")
        XCTAssertEqual(pin, "5678")
        XCTAssertEqual(screen.receive(.operatorAdded(operatorID: 2), context: context).summary, "popWith operatorAdded(operatorID: 2)")
        XCTAssertEqual(screen.receive(.failed("Gagal menyimpan."), context: context).summary, "none")
        XCTAssertEqual(screen.message?.text, "Gagal menyimpan.")
    }

    func testEscCancels() {
        var screen = AddOperatorScreen()
        XCTAssertEqual(press(&screen, Key.type("Siti") + [.escape], context).summary, "pop")
    }

    func testGolden() {
        var screen = AddOperatorScreen()
        press(&screen, Key.type("Siti Nur'aini") + [.tab] + Key.type("56"), context)
        let grid = rendered(screen, context)
        XCTAssertTrue(grid.text.contains("Rina Wulandari"), "lists the operators already there")
        assertGolden(grid, "operator-add")
    }

    func testAddingThroughTheAppShowsTheNewOperatorOnTheMenu() {
        let signIn = Key.type("123456") + [.enter]
        let keys: [Key] = signIn + [.char("6")] + Key.type("Siti Nur'aini") + [.tab] + Key.type("5678") + [.tab] + Key.type("5678") + [.enter]
        let (app, frame) = desk.run(keys, app: App(context: desk.service.context()))
        XCTAssertTrue(app.top is MainMenuScreen)
        XCTAssertEqual(desk.service.state.operators.map(\.name), ["Rina Wulandari", "Siti Nur'aini"])
        XCTAssertTrue(frame.messageLine.contains("Operator Siti Nur'aini ditambahkan"), frame.messageLine)
    }

    func testEveryProblemFitsTheMessageLine() {
        let entries = [
            OperatorEntry(), OperatorEntry(name: "Rina Wulandari"), OperatorEntry(name: "Siti"),
            OperatorEntry(name: "Siti", pin: "12a4"), OperatorEntry(name: "Siti", pin: "12"),
            OperatorEntry(name: "Siti", pin: "1234", pinAgain: "4321"),
        ]
        let problems = entries.compactMap { $0.problem(takenNames: ["Rina Wulandari"]) }
        XCTAssertEqual(problems.count, entries.count, "each entry has something to fix")
        XCTAssertEqual(Set(problems.map(\.message)).count, problems.count, "each problem has its own message")
        for problem in problems { XCTAssertLessThanOrEqual(displayWidth(problem.message), 78, problem.message) }
        XCTAssertNil(OperatorEntry(name: "Siti", pin: "12345678", pinAgain: "12345678").problem(takenNames: ["Rina Wulandari"]))
    }
}
