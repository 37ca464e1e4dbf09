@testable import LoketApp
import LoketCore
import LoketStore
import LoketTUI
import XCTest

final class LookupDetailTests: XCTestCase {
    /// The hand-made family as household 1, with the child at stage 4 awaiting further verification.
    private func deskWithFamily(_ change: (inout Household) -> Void = { _ in }) throws -> TestDesk {
        let desk = try TestDesk()
        var household = lookupSampleHousehold()
        change(&household)
        _ = desk.service.execute(.register(household: household, acknowledgedDuplicates: [], warnings: []), operatorID: 1)
        let status = PersonStatus(stage: .pemadananDukcapil, outcome: .perluVerifikasiLanjutan, note: "NIK belum padan")
        try desk.service.store.append([EventEnvelope(operatorID: 0, event: .statusRecorded(
            StatusUpdate(householdID: 1, nik: household.members[1].nik, status: status)))], timestamp: 1_795_700_000_000)
        return desk
    }

    // MARK: - What the detail shows

    func testDetailShowsFamilyMembersStagesCriteriaAndPrograms() throws {
        let desk = try deskWithFamily()
        let context = desk.context
        let record = try XCTUnwrap(context.desk.household(id: 1))
        let grid = lookupRender(HouseholdDetailScreen(householdID: 1), context)
        let text = grid.text
        XCTAssertTrue(text.contains(record.number.description))
        XCTAssertTrue(text.contains(record.registeredOn.longDescription))
        XCTAssertTrue(text.contains(maskedNIK(record.current.kkNumber)))
        XCTAssertFalse(text.contains(record.current.kkNumber))
        XCTAssertTrue(text.contains("Jl. Kenanga No. 7"))
        XCTAssertTrue(text.contains("003/005"))
        XCTAssertTrue(text.contains("081234567890"))
        XCTAssertTrue(text.contains("Dapat diusulkan"))
        XCTAssertTrue(text.contains("Tahap 2/11 Pendaftaran · Terdaftar"))
        let joined = grid.lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        XCTAssertTrue(joined.contains("Tahap 4/11 Pemadanan Dukcapil · Perlu Verifikasi Lanjutan · NIK belum padan"))
        for m in record.current.members {
            XCTAssertTrue(text.contains(maskedNIK(m.nik)), m.name)
            XCTAssertFalse(text.contains(m.nik), "NIK of \(m.name) is masked")
            let programs = ProgramScreening.screen(m, on: context.today).map(\.program.name).joined(separator: ", ")
            XCTAssertTrue(text.contains("Program: " + programs), programs)
        }
        assertGolden(grid, "detail")
    }

    func testRefusalNamesTheCriterion() throws {
        let desk = try deskWithFamily { $0.criteria[.ownsCar] = .yes }
        let text = lookupRender(HouseholdDetailScreen(householdID: 1), desk.context).text
        XCTAssertTrue(text.contains("Tidak dapat diusulkan: kriteria 4 — Memiliki mobil"))
        XCTAssertFalse(text.contains("Dapat diusulkan ("))
    }

    func testWideCharactersKeepTheColumnsAligned() throws {
        let desk = try deskWithFamily()
        let grid = lookupRender(HouseholdDetailScreen(householdID: 1), desk.context)
        // The sex letter column: the same display column on every member row, whatever the name.
        let column = 2 + HouseholdDetailDocument.sexColumn
        for name in ["Nur'aini Hasanah", "Rizky Ramadhan", "王 Putri"] {
            let y = try XCTUnwrap((0..<24).first { grid.lines[$0].contains(name) }, name)
            XCTAssertTrue(["L", "P"].contains(String(grid[column, y].character)), "\(name): \(grid.lines[y])")
        }
    }

    // MARK: - Reveal

    func testRevealAsksTheLoggedCommandAndShowsTheNIKOnlyAfterTheResult() throws {
        let desk = try deskWithFamily()
        let context = desk.context
        let nik = try XCTUnwrap(context.desk.household(id: 1)?.current.members[1].nik)
        var screen = HouseholdDetailScreen(householdID: 1, highlighted: 1)
        guard case .command(.revealNIK(1, let asked, "cek pendaftaran")) = screen.update(.function(3), context: context) else {
            return XCTFail("F3 must ask for the logged reveal")
        }
        XCTAssertEqual(asked, nik)
        XCTAssertFalse(lookupRender(screen, context).text.contains(nik), "not before the reveal is logged")
        _ = screen.receive(.revealed, context: context)
        let grid = lookupRender(screen, context)
        XCTAssertTrue(grid.text.contains(nik))
        XCTAssertTrue(grid.text.contains("Sembunyikan NIK"))
        assertGolden(grid, "detail-revealed")

        _ = screen.update(.tab, context: context)
        XCTAssertFalse(lookupRender(screen, context).text.contains(nik), "hidden when moving to another person")
        XCTAssertNil(screen.revealedNIK)
    }

    func testCtrlRAlsoRevealsAndAFailedRevealShowsNothing() throws {
        let desk = try deskWithFamily()
        let context = desk.context
        let nik = try XCTUnwrap(context.desk.household(id: 1)?.current.members[0].nik)
        var screen = HouseholdDetailScreen(householdID: 1)
        guard case .command(.revealNIK) = screen.update(.ctrl("r"), context: context) else {
            return XCTFail("Ctrl-R is the alternative to F3")
        }
        _ = screen.receive(.failed("Penyimpanan gagal."), context: context)
        let text = lookupRender(screen, context).text
        XCTAssertFalse(text.contains(nik))
        XCTAssertTrue(text.contains("Penyimpanan gagal."))
    }

    func testRevealGoesThroughTheServiceAndIsHiddenAfterLeaving() throws {
        let desk = try deskWithFamily()
        let nik = try XCTUnwrap(desk.service.state.household(id: 1)?.current.members[0].nik)
        var harness = LookupHarness(desk: desk, start: LookupScreen())
        harness.press(Key.type("hasanah") + [.enter, .function(3)])
        XCTAssertTrue(harness.grid.text.contains(nik))
        guard case .nikRevealed(1, nik, "cek pendaftaran")? = lastEvent(desk) else { return XCTFail("the reveal is logged") }
        harness.press([.escape, .enter])
        XCTAssertFalse(harness.grid.text.contains(nik), "a new visit starts masked")
    }

    private func lastEvent(_ desk: TestDesk) -> DeskEvent? {
        var last: DeskEvent?
        desk.service.store.journal.forEachRecord { record in
            var reader = ByteReader(record.payload)
            last = (try? EventEnvelope(from: &reader))?.event
        }
        return last
    }

    // MARK: - Correction and history

    func testCorrectionOpensTheFormAndTheNewDataShowsOnReturn() throws {
        let desk = try deskWithFamily()
        var harness = LookupHarness(desk: desk, start: HouseholdDetailScreen(householdID: 1))
        harness.press([.function(4)])
        XCTAssertFalse(harness.top is HouseholdDetailScreen, "F4 opens the correction form")
        var corrected = try XCTUnwrap(desk.service.state.household(id: 1)).current
        corrected.members[0].name = "Nur'aini Hasanah Putri"
        _ = desk.service.execute(.correct(householdID: 1, household: corrected, reason: "Salah ketik nama"), operatorID: 1)
        harness.reload()
        harness.press([.escape])
        XCTAssertTrue(harness.top is HouseholdDetailScreen)
        XCTAssertTrue(harness.grid.text.contains("Nur'aini Hasanah Putri"))
        harness.press([.ctrl("e")])
        XCTAssertFalse(harness.top is HouseholdDetailScreen, "Ctrl-E is the alternative to F4")
    }

    func testCorrectionIsRefusedWhileTheStoreIsReadOnly() throws {
        let desk = try deskWithFamily()
        var context = desk.context
        context.readOnlyReason = "catatan ke-7 rusak"
        var screen = HouseholdDetailScreen(householdID: 1)
        guard case .none = screen.update(.function(4), context: context) else { return XCTFail("no form when read-only") }
        XCTAssertTrue(lookupRender(screen, context).text.contains("Koreksi tidak bisa disimpan sekarang"))
    }

    func testHistoryListsEveryVersionWithWhoWhenWhyAndWhatChanged() throws {
        let desk = try deskWithFamily()
        var corrected = try XCTUnwrap(desk.service.state.household(id: 1)).current
        let oldKK = corrected.kkNumber
        corrected.kkNumber = "3171010101250009"
        corrected.members[2].name = "Wang Putri"
        corrected.rt = "004"
        _ = desk.service.execute(.correct(householdID: 1, household: corrected, reason: "KK baru diterbitkan"), operatorID: 1)
        let context = desk.context
        var screen = HouseholdDetailScreen(householdID: 1)
        _ = screen.update(.end, context: context)
        let grid = lookupRender(screen, context)
        let text = grid.text
        let record = try XCTUnwrap(context.desk.household(id: 1))
        XCTAssertTrue(text.contains("Riwayat data (2 versi)"))
        XCTAssertTrue(text.contains("\(localDateTime(record.versions[0].timestamp))  Didaftarkan oleh Rina Wulandari"))
        XCTAssertTrue(text.contains("Koreksi ke-1 oleh Rina Wulandari"))
        XCTAssertTrue(text.contains("Alasan: KK baru diterbitkan"))
        XCTAssertTrue(text.contains("• No. KK: \(maskedNIK(oldKK)) → \(maskedNIK("3171010101250009"))"))
        XCTAssertTrue(text.contains("• RT: 003 → 004"))
        XCTAssertTrue(text.contains("• Wang Putri — Nama: 王 Putri → Wang Putri"))
        XCTAssertFalse(text.contains(oldKK))
        assertGolden(grid, "detail-history")
    }

    func testChangesPairMembersByNIKAndMaskNIKs() {
        let old = lookupSampleHousehold()
        var new = old
        new.members.remove(at: 1)
        new.members[1].nik = "3171014811220002"
        new.members.append(Member(nik: "3171011111110001", name: "Ahmad Baru", sex: .male, birthPlace: "Jakarta",
                                  birthDate: CivilDate(year: 2011, month: 11, day: 11)!, relationship: .otherRelative))
        XCTAssertEqual(HouseholdChanges.between(old, new).map(\.text), [
            "王 Putri — NIK: 3171••••••••0001 → 3171••••••••0002",
            "Anggota ditambahkan: Ahmad Baru (3171••••••••0001)",
            "Anggota dihapus: Rizky Ramadhan (3171••••••••0004)",
        ])
        XCTAssertTrue(HouseholdChanges.between(old, old).isEmpty)
    }

    // MARK: - Print, stages, scrolling

    func testPrintWritesTheReceiptAndSaysWhere() throws {
        let desk = try deskWithFamily()
        var harness = LookupHarness(desk: desk, start: HouseholdDetailScreen(householdID: 1))
        harness.press([.function(5)])
        guard case .printReceipt(1)? = harness.commands.last else { return XCTFail("F5 prints the receipt") }
        let number = try XCTUnwrap(desk.service.state.household(id: 1)).number
        let path = desk.service.receiptsDirectory + "/\(number).txt"
        XCTAssertTrue(FileManager.default.fileExists(atPath: path))
        let message = harness.grid.lines[22]
        XCTAssertTrue(message.hasPrefix(" Tanda terima ditulis ke "), message)
        let shown = message.dropFirst(" Tanda terima ditulis ke ".count)
        XCTAssertTrue(shown.hasSuffix("/\(number).txt"), message)
        XCTAssertTrue(path.hasSuffix(shown.drop { $0 == "…" }), "the end of the real path: \(message)")
        harness.press([.ctrl("p")])
        XCTAssertEqual(harness.commands.count, 2, "Ctrl-P is the alternative to F5")
    }

    func testStagesViewShowsPassedAndCurrentStages() throws {
        let desk = try deskWithFamily()
        let context = desk.context
        var screen = HouseholdDetailScreen(householdID: 1, highlighted: 1)
        _ = screen.update(.enter, context: context)
        let grid = lookupRender(screen, context)
        let lines = grid.lines
        XCTAssertTrue(grid.text.contains("Data berada di tahap 4 dari 11: Pemadanan Dukcapil"))
        for stage in Stage.allCases {
            let line = try XCTUnwrap(lines.first { $0.hasSuffix(". \(stage.label)") || $0.contains(". \(stage.label) ") }, stage.label)
            let mark = stage < .pemadananDukcapil ? "✓" : stage == .pemadananDukcapil ? "▶" : " "
            XCTAssertEqual(line.trimmingCharacters(in: .whitespaces).first.map(String.init) == mark, mark != " ", line)
            if mark == " " { XCTAssertFalse(line.contains("✓") || line.contains("▶"), line) }
        }
        assertGolden(grid, "detail-stages")
        _ = screen.update(.tab, context: context)
        XCTAssertTrue(lookupRender(screen, context).text.contains("tahap 2 dari 11: Pendaftaran"), "Tab moves to the next person")
        _ = screen.update(.escape, context: context)
        XCTAssertFalse(screen.showsStages, "Esc goes back to the family data")
        _ = screen.update(.function(6), context: context)
        XCTAssertTrue(screen.showsStages)
        _ = screen.update(.ctrl("t"), context: context)
        XCTAssertFalse(screen.showsStages)
    }

    func testScrollingAndTabKeepTheHighlightedPersonInView() throws {
        let desk = try TestDesk()
        var household = lookupSampleHousehold()
        for i in 0..<5 {
            household.members.append(Member(nik: "317101010199100\(i + 1)", name: "Anak Ke \(i + 4)", sex: .male,
                                            birthPlace: "Jakarta", birthDate: CivilDate(year: 1999, month: 1, day: 1)!,
                                            relationship: .child))
        }
        _ = desk.service.execute(.register(household: household, acknowledgedDuplicates: [], warnings: []), operatorID: 1)
        let context = desk.context
        var screen = HouseholdDetailScreen(householdID: 1)
        XCTAssertTrue(lookupRender(screen, context).lines[1].contains("baris 1–19 dari"))
        var fromLookup = HouseholdDetailScreen(householdID: 1, highlighted: 7)
        let shown = lookupRender(fromLookup, context)
        let chosen = try XCTUnwrap(shown.lines.firstIndex { $0.contains("Anak Ke 8") }, "the chosen person is in view")
        XCTAssertTrue(shown.lines[chosen].hasPrefix(" ▸"))
        _ = fromLookup.update(.up, context: context)
        XCTAssertTrue(lookupRender(fromLookup, context).lines.contains { $0.contains("Anak Ke 8") }, "scrolling starts from there")
        _ = screen.update(.down, context: context)
        XCTAssertEqual(screen.scroll, 1)
        _ = screen.update(.pageUp, context: context)
        XCTAssertEqual(screen.scroll, 0)
        for _ in 0..<7 { _ = screen.update(.tab, context: context) }
        XCTAssertEqual(screen.highlighted, 7)
        let grid = lookupRender(screen, context)
        let row = try XCTUnwrap(grid.lines.firstIndex { $0.contains("Anak Ke 8") })
        XCTAssertTrue((3...21).contains(row))
        XCTAssertTrue(grid.lines[row].hasPrefix(" ▸"))
        XCTAssertTrue(grid[30, row].style.attributes.contains(.reverse))
        _ = screen.update(.tab, context: context)
        XCTAssertEqual(screen.highlighted, 0, "Tab wraps to the first person")
        let first = lookupRender(screen, context).lines.firstIndex { $0.contains("Nur'aini Hasanah") }
        XCTAssertTrue(first.map { (3...21).contains($0) } ?? false, "and scrolls back to them")
        _ = screen.update(.backTab, context: context)
        XCTAssertEqual(screen.highlighted, 7)
    }
}
