import LoketApp
import LoketCore
import LoketTUI
import XCTest

final class DeskSetupTests: XCTestCase {
    var desk: TestDesk!
    var context: AppContext { desk.service.context() }

    override func setUpWithError() throws { desk = try TestDesk(setUp: false) }
    override func tearDown() { desk = nil }

    /// Keys that take a fresh screen to step 3 with Gambir chosen and the default desk name.
    let toOperatorStep: [Key] = Key.type("gambir") + [.enter, .enter]

    func testStartsWithAllKelurahanOfJakarta() {
        let screen = SetupScreen()
        XCTAssertEqual(screen.matches.count, RegionDirectory.shared.kelurahan.count)
        XCTAssertEqual(screen.matches.count, 267)
        let grid = rendered(screen, context)
        XCTAssertTrue(grid.text.contains("267 dari 267 kelurahan"))
        XCTAssertTrue(grid.text.contains("Pulau Panggang"))
        XCTAssertTrue(grid.text.contains("31.01.01.1001"))
        assertGolden(grid, "setup-kelurahan")
    }

    func testTypingNarrowsByKelurahanOrKecamatanName() {
        var screen = SetupScreen()
        press(&screen, Key.type("gambir"), context)
        let expected = Set(RegionDirectory.shared.kelurahan.filter {
            $0.name.lowercased().contains("gambir") || $0.kecamatan.lowercased().contains("gambir")
        }.map(\.code))
        XCTAssertEqual(Set(screen.matches.map(\.code)), expected)
        XCTAssertGreaterThan(expected.count, 1)
        XCTAssertEqual(screen.matches.first?.code, "3171011001", "the kelurahan named Gambir comes first")
    }

    func testFilterIgnoresCaseAndAccentsAndMatchesKota() {
        var upper = SetupScreen()
        press(&upper, Key.type("GAMBÍR"), context)
        var lower = SetupScreen()
        press(&lower, Key.type("gambir"), context)
        XCTAssertEqual(upper.matches.map(\.code), lower.matches.map(\.code))

        var kota = SetupScreen()
        press(&kota, Key.type("jakarta utara"), context)
        let inUtara = RegionDirectory.shared.kelurahan.filter { $0.kota.contains("Jakarta Utara") }
        XCTAssertEqual(Set(kota.matches.map(\.code)), Set(inUtara.map(\.code)))

        var code = SetupScreen()
        press(&code, Key.type("31.71.01"), context)
        XCTAssertEqual(code.matches.map(\.code), RegionDirectory.shared.kelurahan.map(\.code).filter { $0.hasPrefix("317101") })
    }

    func testNameMatchesRankBeforeKecamatanMatches() {
        var screen = SetupScreen()
        press(&screen, Key.type("kebon"), context)
        let firstNonName = screen.matches.firstIndex { !searchKey($0.name).contains("kebon") } ?? screen.matches.count
        XCTAssertTrue(screen.matches[..<firstNonName].allSatisfy { searchKey($0.name).hasPrefix("kebon") })
        XCTAssertTrue(screen.matches[firstNonName...].allSatisfy { !searchKey($0.name).contains("kebon") })
        assertGolden(rendered(screen, context), "setup-kelurahan-filtered")
    }

    func testBackspaceWidensTheListAgain() {
        var screen = SetupScreen()
        press(&screen, Key.type("gambirx"), context)
        XCTAssertTrue(screen.matches.isEmpty)
        press(&screen, [.backspace], context)
        XCTAssertFalse(screen.matches.isEmpty)
    }

    func testArrowsAndPagesMoveThenEnterPicks() {
        var screen = SetupScreen()
        press(&screen, [.pageDown, .down], context)
        XCTAssertEqual(screen.list.selected, 14)
        let expected = screen.matches[14]
        press(&screen, [.enter], context)
        XCTAssertEqual(screen.step, .deskName)
        XCTAssertEqual(screen.chosen, expected)
        XCTAssertEqual(screen.deskForm.model.name, "Loket \(expected.name)")
    }

    func testEnterWithNoMatchSaysWhatToDoAndKeepsTheFilter() {
        var screen = SetupScreen()
        press(&screen, Key.type("zzzz") + [.enter], context)
        XCTAssertEqual(screen.step, .kelurahan)
        XCTAssertEqual(screen.filter.text, "zzzz")
        XCTAssertEqual(screen.message?.kind, .error)
        XCTAssertTrue(rendered(screen, context).text.contains("Tidak ada kelurahan yang cocok"))
    }

    func testEscOnFirstStepAsksBeforeQuitting() {
        var screen = SetupScreen()
        XCTAssertEqual(press(&screen, [.escape], context).summary, "none")
        XCTAssertNotNil(screen.quitDialog)
        XCTAssertTrue(rendered(screen, context).text.contains("Keluar dari penyiapan?"))
        XCTAssertEqual(press(&screen, [.enter], context).summary, "none", "the default button is Tidak")
        XCTAssertNil(screen.quitDialog)
        XCTAssertEqual(press(&screen, [.escape, .char("y")], context).summary, "quit")
        var viaF10 = SetupScreen()
        press(&viaF10, toOperatorStep + [.function(10)], context)
        XCTAssertNotNil(viaF10.quitDialog)
    }

    func testDeskNameStepShowsTheChoiceAndEscGoesBackKeepingTheFilter() {
        var screen = SetupScreen()
        press(&screen, Key.type("gambir") + [.enter], context)
        let grid = rendered(screen, context)
        XCTAssertTrue(grid.text.contains("31.71.01.1001"))
        XCTAssertTrue(grid.text.contains("Kota Administrasi Jakarta Pusat"))
        assertGolden(grid, "setup-desk-name")
        press(&screen, [.escape], context)
        XCTAssertEqual(screen.step, .kelurahan)
        XCTAssertEqual(screen.filter.text, "gambir")
    }

    func testDefaultDeskNameFollowsANewChoiceButAnEditedNameStays() {
        var screen = SetupScreen()
        press(&screen, Key.type("gambir") + [.enter, .escape, .down, .enter], context)
        XCTAssertEqual(screen.deskForm.model.name, "Loket \(screen.chosen!.name)")
        XCTAssertNotEqual(screen.chosen?.code, "3171011001")
        press(&screen, Key.type(" Dua") + [.escape, .up, .enter], context)
        XCTAssertEqual(screen.chosen?.code, "3171011001")
        XCTAssertTrue(screen.deskForm.model.name.hasSuffix(" Dua"))
    }

    func testEmptyDeskNameIsRefused() {
        var screen = SetupScreen()
        press(&screen, Key.type("gambir") + [.enter, .ctrl("u"), .enter], context)
        XCTAssertEqual(screen.step, .deskName)
        XCTAssertTrue(screen.message?.text.contains("Isi nama loket") ?? false)
    }

    func testOperatorStepRendersPinAsBullets() {
        var screen = SetupScreen()
        press(&screen, toOperatorStep + Key.type("Rina Wulandari") + [.tab] + Key.type("1234"), context)
        let grid = rendered(screen, context)
        XCTAssertTrue(grid.text.contains("••••"))
        XCTAssertFalse(grid.text.contains("1234"))
        assertGolden(grid, "setup-operator")
    }

    func testPinProblemsAreExplainedAndNothingTypedIsLost() {
        var screen = SetupScreen()
        press(&screen, toOperatorStep + Key.type("Rina") + [.tab] + Key.type("12") + [.tab] + Key.type("12") + [.enter], context)
        XCTAssertTrue(screen.message?.text.contains("terlalu pendek") ?? false)
        XCTAssertEqual(screen.operatorForm.focus, OperatorEntry.Field.pin.rawValue)

        press(&screen, [.ctrl("u")] + Key.type("12a4") + [.f2], context)
        XCTAssertTrue(screen.message?.text.contains("hanya boleh angka") ?? false)
        XCTAssertEqual(screen.operatorForm.model.pin, "12a4")

        press(&screen, [.ctrl("u")] + Key.type("1234") + [.tab, .ctrl("u")] + Key.type("1243") + [.enter], context)
        XCTAssertEqual(screen.operatorForm.focus, OperatorEntry.Field.pinAgain.rawValue)
        XCTAssertEqual(screen.operatorForm.model, OperatorEntry(name: "Rina", pin: "1234", pinAgain: "1243"))
        let grid = rendered(screen, context)
        XCTAssertTrue(grid.messageLine.contains("Ulangi PIN tidak sama"))
        assertGolden(grid, "setup-operator-pin-mismatch")
    }

    func testFinishingAsksToSetUpTheDeskAndOpensTheMenu() {
        var screen = SetupScreen()
        let effect = press(&screen, toOperatorStep + Key.type("  Rina  Wulandari ") + [.tab] + Key.type("1234") + [.tab] + Key.type("1234") + [.enter], context)
        guard case .setUpDesk(let code, let deskName, let name, let pin)? = effect.command else {
            return XCTFail("expected setUpDesk, got \(effect.summary)")
        }
        XCTAssertEqual(code, "3171011001")
        XCTAssertEqual(deskName, "Loket Gambir")
        XCTAssertEqual(name, "Rina Wulandari")
        XCTAssertEqual(pin, "1234")
        XCTAssertEqual(screen.receive(.deskSetUp(operatorID: 1), context: context).summary, "reset MainMenuScreen")
    }

    func testAFailedSetUpShowsTheMessageAndKeepsTheForm() {
        var screen = SetupScreen()
        press(&screen, toOperatorStep + Key.type("Rina") + [.tab] + Key.type("1234") + [.tab] + Key.type("1234"), context)
        XCTAssertEqual(screen.receive(.failed("Disk penuh. Kosongkan ruang lalu coba lagi."), context: context).summary, "none")
        XCTAssertEqual(screen.step, .firstOperator)
        XCTAssertEqual(screen.operatorForm.model.pinAgain, "1234")
        XCTAssertTrue(rendered(screen, context).messageLine.contains("Disk penuh"))
    }
}

private extension Key {
    static let f2 = Key.function(2)
}
