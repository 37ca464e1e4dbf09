@testable import LoketApp
import LoketCore
import LoketTUI
import XCTest

/// Sanggahan intake screens: find the person, choose the reason, the address sub-cases, the checklists.
final class AppealIntakeTests: XCTestCase {
    func testMenuItemFourOpensSanggahan() throws {
        let desk = try TestDesk()
        var menu = MainMenuScreen()
        XCTAssertTrue(menu.update(.char("4"), context: desk.context).appealPushed is AppealPersonScreen)
        XCTAssertNil(menu.message, "no longer 'belum tersedia'")
    }

    // MARK: - Person

    func testLookupFindsThePersonByNameAndEnterOpensTheReasonWithTheFamilysExclusionFirst() throws {
        let desk = try TestDesk()
        desk.registerSynthetic(3)
        let person = desk.registerCarOwner()
        var screen = AppealPersonScreen()
        appealSend(Key.type(person.name), to: &screen, desk.context)
        let grid = appealRender(screen, desk.context)
        XCTAssertTrue(grid.text.contains(person.name))
        XCTAssertTrue(grid.text.contains(maskedNIK(person.nik)))
        XCTAssertFalse(grid.lines.dropFirst(4).contains { $0.contains(person.nik) }, "NIK masked in the results")
        assertGolden(grid, "sanggahan-lookup")

        let reason = try XCTUnwrap(screen.update(.enter, context: desk.context).appealPushed as? AppealReasonScreen)
        XCTAssertEqual(reason.person.nik, person.nik)
        XCTAssertEqual(reason.person.householdID, 4)
        XCTAssertEqual(reason.selectedReason, .ownsCar, "the family's exclusion is offered first")
        XCTAssertTrue(reason.person.statusReceived.contains("Memiliki mobil"))
        let reasonGrid = appealRender(reason, desk.context)
        for r in AppealReason.allCases { XCTAssertTrue(reasonGrid.text.contains(r.label), r.label) }
        XCTAssertTrue(reasonGrid.text.contains("(sesuai data)"))
        assertGolden(reasonGrid, "sanggahan-reason")
    }

    func testSearchByNIKKKAndRegistrationNumberAllFindThePerson() throws {
        let desk = try TestDesk()
        let person = desk.registerCarOwner()
        let number = try XCTUnwrap(desk.service.state.household(id: 1)).number.description
        for query in [person.nik, person.kkNumber, number] {
            var screen = AppealPersonScreen()
            appealSend(Key.type(query), to: &screen, desk.context)
            XCTAssertTrue(appealRender(screen, desk.context).text.contains(person.name), query)
        }
    }

    func testNoMatchPointsToTheOutsidePersonForm() throws {
        let desk = try TestDesk()
        var screen = AppealPersonScreen()
        appealSend(Key.type("zzqx"), to: &screen, desk.context)
        XCTAssertTrue(appealRender(screen, desk.context).text.contains("F3 (Ctrl-O)"))
        XCTAssertTrue(screen.update(.ctrl("o"), context: desk.context).appealPushed is AppealOutsidePersonScreen)
        XCTAssertTrue(screen.update(.function(3), context: desk.context).appealPushed is AppealOutsidePersonScreen)
        XCTAssertTrue(screen.update(.ctrl("l"), context: desk.context).appealPushed is AppealListScreen)
    }

    func testOutsidePersonIsCheckedAndNothingTypedIsLost() throws {
        let desk = try TestDesk()
        var screen = AppealOutsidePersonScreen()
        appealSend(Key.type("3171011708850000"), to: &screen, desk.context)
        appealSend([.tab] + Key.type("Nur'aini Sitompul") + [.tab] + Key.type("3171011503150007") + [.tab]
                   + Key.type("Tidak padan Dukcapil"), to: &screen, desk.context)
        XCTAssertNil(screen.update(.function(2), context: desk.context).appealPushed, "serial 0000 is refused")
        XCTAssertEqual(screen.message?.kind, .error)
        XCTAssertEqual(screen.form.focus, 0, "focus goes to the NIK")
        XCTAssertEqual(screen.form.model.name, "Nur'aini Sitompul", "what was typed stays")
        appealSend([.backspace, .char("3")], to: &screen, desk.context)
        let reason = try XCTUnwrap(screen.update(.ctrl("s"), context: desk.context).appealPushed as? AppealReasonScreen)
        XCTAssertNil(reason.person.householdID)
        XCTAssertEqual(reason.person.statusReceived, "Tidak padan Dukcapil")
        assertGolden(appealRender(screen, desk.context), "sanggahan-outside-person")
    }

    // MARK: - Address sub-cases

    func testAddressAsksTheSubCaseFirstAndMovedOutIsRefusedAndRecorded() throws {
        let desk = try TestDesk()
        let person = desk.registerCarOwner()
        var reason = AppealReasonScreen(person: person, context: desk.context)
        XCTAssertNil(reason.update(.char("5"), context: desk.context).appealPushed, "the sub-case is asked first")
        XCTAssertNotNil(reason.addressCases)
        assertGolden(appealRender(reason, desk.context), "sanggahan-address-case")

        var notMoved = reason
        let a = try XCTUnwrap(notMoved.update(.char("1"), context: desk.context).appealPushed as? AppealChecklistScreen)
        XCTAssertEqual(a.entries.map(\.document), [.domicileFromRtRw, .kkCopy])
        var within = reason
        let b = try XCTUnwrap(within.update(.char("2"), context: desk.context).appealPushed as? AppealChecklistScreen)
        XCTAssertEqual(b.entries.map(\.document), [.domicileFromCurrentRtRw, .letterFromOldRtRw, .kkCopy])

        var movedOut = try XCTUnwrap(reason.update(.char("3"), context: desk.context).appealPushed as? AppealMovedOutScreen)
        let grid = appealRender(movedOut, desk.context)
        XCTAssertTrue(grid.text.contains("TIDAK DAPAT diajukan"))
        XCTAssertTrue(grid.text.contains("kriteria 1 dan 2"))
        assertGolden(grid, "sanggahan-moved-out")
        let (after, _) = desk.carryOut(movedOut.update(.enter, context: desk.context), on: &movedOut)
        guard case .reset = after else { return XCTFail("back to the menu after recording the visit") }
        XCTAssertEqual(desk.service.state.appeals.visits.count, 1)
        XCTAssertEqual(desk.service.state.appeals.visits.first?.addressCase, .movedOutOfJakarta)
        XCTAssertEqual(desk.service.state.appeals.appeals.count, 0, "no appeal number for a refused visit")
    }

    func testEscOnTheSubCaseGoesBackToTheReasons() throws {
        let desk = try TestDesk()
        var reason = AppealReasonScreen(person: desk.registerCarOwner(), context: desk.context)
        _ = reason.update(.char("5"), context: desk.context)
        XCTAssertFalse(reason.update(.escape, context: desk.context).appealIsPop)
        XCTAssertNil(reason.addressCases)
        XCTAssertTrue(reason.update(.escape, context: desk.context).appealIsPop)
    }

    // MARK: - Checklists, one golden per reason

    func testEachReasonShowsItsOwnChecklist() throws {
        let desk = try TestDesk()
        let person = desk.registerCarOwner()
        let cases: [(AppealReason, AddressCase?, String)] = [
            (.ownsCar, nil, "mobil"), (.propertyAboveOneBillion, nil, "njop"), (.consideredAble, nil, "mampu"),
            (.stateEmployee, nil, "pns"), (.address, .notMoved, "alamat-tidak-pindah"),
            (.address, .movedWithinJakarta, "alamat-pindah-dalam-dki"), (.nikNotMatched, nil, "tidak-padan"),
            (.deceased, nil, "meninggal"),
        ]
        for (reason, addressCase, slug) in cases {
            var screen = AppealChecklistScreen(person: person, reason: reason, addressCase: addressCase, context: desk.context)
            if reason == .nikNotMatched {
                let reminder = appealRender(screen, desk.context)
                XCTAssertTrue(reminder.text.contains("Periksa dulu NIK warga di layanan Dukcapil kelurahan."))
                assertGolden(reminder, "sanggahan-checklist-tidak-padan-pengingat")
                _ = screen.update(.enter, context: desk.context)
            }
            let grid = appealRender(screen, desk.context)
            let expected = try XCTUnwrap(AppealChecklist.documents(for: reason, addressCase: addressCase))
            for doc in expected { XCTAssertTrue(grid.text.contains("[ ] " + doc.label), "\(slug): \(doc.label)") }
            XCTAssertEqual(screen.entries.map(\.document), expected)
            assertGolden(grid, "sanggahan-checklist-\(slug)")
        }
    }

    func testTidakPadanReminderCanSendTheOperatorBack() throws {
        let desk = try TestDesk()
        var screen = AppealChecklistScreen(person: desk.registerCarOwner(), reason: .nikNotMatched, addressCase: nil, context: desk.context)
        XCTAssertTrue(screen.update(.escape, context: desk.context).appealIsPop)
    }
}
