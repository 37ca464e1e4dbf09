import LoketApp
import LoketCore
import LoketTUI
import XCTest

final class DeskMenuTests: XCTestCase {
    var desk: TestDesk!

    override func setUpWithError() throws { desk = try TestDesk() }
    override func tearDown() { desk = nil }

    var context: AppContext { desk.context }

    func testNumberKeysOpenEachArea() {
        let expected: [Character: String] = [
            "2": "push LookupScreen", "6": "push AddOperatorScreen", "7": "command signOut", "0": "quit",
        ]
        for (key, effect) in expected {
            var menu = MainMenuScreen()
            XCTAssertEqual(press(&menu, [.char(key)], context).summary, effect, "key \(key)")
        }
        var menu = MainMenuScreen()
        XCTAssertTrue(press(&menu, [.char("1")], context).summary.hasPrefix("push "))
    }

    func testArrowsAndEnterOpenTheSelectedArea() {
        var menu = MainMenuScreen()
        press(&menu, [.down], context)
        XCTAssertEqual(menu.selectedItem, .lookup)
        XCTAssertEqual(press(&menu, [.enter], context).summary, "push LookupScreen")
    }

    func testSinkronisasiLoadsItsOverviewFirst() {
        var menu = MainMenuScreen()
        XCTAssertEqual(press(&menu, [.char("5")], context).summary, "command sync(LoketApp.SyncRequest.load(folder: nil))")
        XCTAssertNil(menu.message)
    }

    func testQuitKeysAndUnknownKeys() {
        var f10 = MainMenuScreen()
        XCTAssertEqual(press(&f10, [.function(10)], context).summary, "quit")
        var ctrlQ = MainMenuScreen()
        XCTAssertEqual(press(&ctrlQ, [.ctrl("q")], context).summary, "quit")
        var other = MainMenuScreen()
        XCTAssertEqual(press(&other, [.char("9")], context).summary, "none")
        XCTAssertNotNil(other.message)
    }

    func testSignOutLeadsToLogin() {
        var menu = MainMenuScreen()
        XCTAssertEqual(menu.receive(.signedOut, context: context).summary, "reset LoginScreen")
        let (app, frame) = desk.run(Key.type("123456") + [.enter, .char("7")], app: App(context: desk.service.context()))
        XCTAssertTrue(app.top is LoginScreen)
        XCTAssertEqual(app.stack.count, 1)
        XCTAssertNil(app.context.operatorID)
        XCTAssertTrue(frame.lines[1].contains("Masuk operator"))
    }

    func testFactsPanelCountsFamiliesPersonsAndNotProposable() {
        var gen = SyntheticData(seed: 7, today: context.today, kelurahanCode: "3171011001")
        var excluded = 0
        for i in 0..<5 {
            var h = gen.household()
            for c in Criterion.allCases { h.criteria[c] = c.excludingAnswer == .yes ? .no : .yes }
            if i == 1 || i == 3 { h.criteria[.ownsCar] = .yes; excluded += 1 }
            _ = desk.service.execute(.register(household: h, acknowledgedDuplicates: [], warnings: []), operatorID: 1)
        }
        let facts = DeskFacts(desk.service.state)
        XCTAssertEqual(facts.families, 5)
        XCTAssertEqual(facts.notProposable, excluded)
        XCTAssertEqual(facts.persons, desk.service.state.households.map { $0.current.members.count }.reduce(0, +))
        let grid = rendered(MainMenuScreen(), context)
        let line = grid.lines.first { $0.contains("Tidak dapat diusulkan") } ?? ""
        XCTAssertTrue(line.contains(" \(excluded) "), line)
        XCTAssertTrue(grid.text.contains("Rina Wulandari"))
        XCTAssertTrue(grid.text.contains("Loket Gambir 1"))
    }

    func testGoldenMenu() {
        desk.registerSynthetic(12)
        let grid = rendered(MainMenuScreen(), context)
        XCTAssertTrue(grid.text.contains("Keluarga terdaftar"))
        assertGolden(grid, "menu")
    }

    func testDraftNoticeShowsOnlyWithADraft() {
        XCTAssertFalse(rendered(MainMenuScreen(), context).text.contains("Ada draf pendaftaran"))
        var ctx = context
        ctx.draft = RegistrationDraft(form: RegistrationForm())
        XCTAssertTrue(rendered(MainMenuScreen(), ctx).text.contains("Ada draf pendaftaran yang belum selesai"))
    }

    func testReadOnlyDeskRefusesWritingAreasButStillLooksUp() {
        var ctx = context
        ctx.readOnlyReason = "Catatan ke-7 rusak."
        var menu = MainMenuScreen()
        XCTAssertEqual(press(&menu, [.char("1")], ctx).summary, "none")
        XCTAssertEqual(menu.message?.kind, .error)
        XCTAssertEqual(press(&menu, [.char("6")], ctx).summary, "none")
        XCTAssertEqual(press(&menu, [.char("2")], ctx).summary, "push LookupScreen")
        XCTAssertTrue(rendered(menu, ctx).text.contains("Catatan ke-7 rusak."))
    }

    func testAggregatorStoreDoesNotOfferDeskWork() throws {
        var state = DeskState()
        try state.apply(EventEnvelope(operatorID: 0, event: .deskCreated(DeskProfile(name: "Kecamatan Gambir", kelurahanCode: "3171011001", role: .kecamatan))), timestamp: 1)
        let ctx = AppContext(desk: state, today: context.today)
        for key: Character in ["1", "3", "4"] {
            var menu = MainMenuScreen()
            XCTAssertEqual(press(&menu, [.char(key)], ctx).summary, "none", "key \(key)")
            XCTAssertEqual(menu.message?.kind, .warning)
        }
        var menu = MainMenuScreen()
        XCTAssertEqual(press(&menu, [.char("2")], ctx).summary, "push LookupScreen")
        XCTAssertTrue(rendered(menu, ctx).text.contains("Pendaftaran baru      (di loket)"), rendered(menu, ctx).text)
        XCTAssertFalse(rendered(menu, context).text.contains("(di loket)"))
    }

    func testGroupedNumbers() {
        XCTAssertEqual(groupedNumber(0), "0")
        XCTAssertEqual(groupedNumber(999), "999")
        XCTAssertEqual(groupedNumber(1000), "1.000")
        XCTAssertEqual(groupedNumber(1_800_000), "1.800.000")
    }
}
