@testable import LoketApp
import LoketCore
import LoketTUI
import XCTest

final class RegistrationScreenTests: XCTestCase {
    /// Sends keys to a screen, carrying out commands through the test desk like the runner does.
    @discardableResult
    func drive(_ screen: inout RegistrationScreen, _ keys: [Key], desk: TestDesk, context: inout AppContext) -> [Command] {
        var commands: [Command] = []
        for key in keys {
            var effect = screen.update(key, context: context)
            while case .command(let c) = effect {
                commands.append(c)
                let result = desk.service.execute(c, operatorID: 1)
                context.desk = desk.service.state
                context.draft = desk.service.loadDraft()
                effect = screen.receive(result, context: context)
            }
        }
        return commands
    }

    func render(_ screen: RegistrationScreen, _ context: AppContext) -> Grid {
        var grid = Grid(width: 80, height: 24)
        screen.render(into: &grid, context: context)
        return grid
    }

    /// Keys that type one member on the member editor (NIK fills birth date and sex).
    func memberKeys(nik: String, name: String, relationship: Int) -> [Key] {
        var keys: [Key] = Key.type(nik) + [.tab] + Key.type(name) + [.tab, .tab, .tab, .tab]
        keys += [Key.char(Character(String(relationship)))]  // SHDK by number
        keys += [.tab, .char("1"), .tab, .char("3"), .tab] + Key.type("Wiraswasta") + [.tab, .char("2")]
        keys += [.escape]
        return keys
    }

    func familyOfFourKeys() -> [Key] {
        var keys: [Key] = Key.type("3171011503150007") + [.tab] + Key.type("Jl. Melati No. 5") + [.tab]
        keys += Key.type("3") + [.tab] + Key.type("7") + [.tab] + Key.type("081234567890")
        keys += [.pageDown]
        keys += [.function(3)] + memberKeys(nik: "3171011708850003", name: "Budi Santoso", relationship: 1)
        keys += [.function(3)] + memberKeys(nik: "3171015203880004", name: "Siti Aminah", relationship: 3)
        keys += [.function(3)] + memberKeys(nik: "3171010510150001", name: "Rizky Santoso", relationship: 4)
        keys += [.function(3)] + memberKeys(nik: "3171014106220002", name: "Dédé Putri", relationship: 4)
        keys += [.pageDown]
        // House: every choice takes its first option; floor area typed.
        keys += [.char("1"), .tab] + Key.type("36") + [.tab]
        // Wall, floor, roof, water source: first option; drinking water: refilled; the rest: first option.
        for choice in ["1", "1", "1", "1", "2", "1", "1", "1", "1"] { keys += [.char(Character(choice)), .tab] }
        keys += [.pageDown]
        // Criteria 1, 2: Ya; 3-6: Tidak.
        keys += [.char("1"), .tab, .char("1"), .tab, .char("2"), .tab, .char("2"), .tab, .char("2"), .tab, .char("2")]
        keys += [.pageDown]
        return keys
    }

    func testEmptyFormRendersKKPage() throws {
        let desk = try TestDesk()
        let screen = RegistrationScreen()
        let grid = render(screen, desk.context)
        XCTAssertTrue(grid.text.contains("Pendaftaran baru — 1/5 Kartu Keluarga"))
        assertGolden(grid, "registration-kk-empty")
    }

    func testKKCheckedAsTyped() throws {
        let desk = try TestDesk()
        var context = desk.context
        var screen = RegistrationScreen()
        drive(&screen, Key.type("3171013202150007"), desk: desk, context: &context)
        let grid = render(screen, context)
        XCTAssertTrue(grid.text.contains("Tanggal terbit di nomor KK tidak mungkin."))
        assertGolden(grid, "registration-kk-error")
    }

    func testNIKDecodedAsTypedAndFillsBirthDateAndSex() throws {
        let desk = try TestDesk()
        var context = desk.context
        var screen = RegistrationScreen()
        drive(&screen, [.pageDown, .function(3)] + Key.type("3171015203880004"), desk: desk, context: &context)
        XCTAssertEqual(screen.form.members[0].birthDate, "12-03-1988")
        XCTAssertEqual(screen.form.members[0].sex, Sex.female.index)
        let grid = render(screen, context)
        XCTAssertTrue(grid.text.contains("Gambir"))
        XCTAssertTrue(grid.text.contains("3171015203880004"), "the field being typed shows all digits")
        assertGolden(grid, "registration-member-nik")
    }

    func testInvalidNIKShowsErrorAndKeepsTyping() throws {
        let desk = try TestDesk()
        var context = desk.context
        var screen = RegistrationScreen()
        drive(&screen, [.pageDown, .function(3)] + Key.type("3171013508850000"), desk: desk, context: &context)
        let text = render(screen, context).text
        XCTAssertTrue(text.contains("Tanggal 35 tidak"), text)
        XCTAssertTrue(text.contains("0000 tidak"), text)
        XCTAssertTrue(text.contains("✗"))
        XCTAssertEqual(screen.form.members[0].nik, "3171013508850000")
    }

    func testRegisterFamilyOfFourEndToEnd() throws {
        let desk = try TestDesk()
        var context = desk.context
        var screen = RegistrationScreen()
        drive(&screen, familyOfFourKeys(), desk: desk, context: &context)
        XCTAssertEqual(screen.page, .summary)
        assertGolden(render(screen, context), "registration-summary")
        let commands = drive(&screen, [.function(2)], desk: desk, context: &context)
        guard case .register(let h, let dups, _)? = commands.last else { return XCTFail("no register command: \(commands)") }
        XCTAssertEqual(h.members.map(\.name), ["Budi Santoso", "Siti Aminah", "Rizky Santoso", "Dédé Putri"])
        XCTAssertEqual(h.members.map(\.relationship), [.head, .wife, .child, .child])
        XCTAssertEqual(h.members[3].birthDate, CivilDate(year: 2022, month: 6, day: 1))
        XCTAssertEqual(dups, [])
        let record = try XCTUnwrap(desk.service.state.household(id: 1))
        XCTAssertEqual(screen.saved?.number, record.number)
        XCTAssertNotNil(screen.saved?.receiptPath)
        XCTAssertNil(desk.service.loadDraft(), "the draft is gone once saved")
        assertGolden(render(screen, context), "registration-saved", masking: [desk.directory])
    }

    func testCriterionExclusionIsRecordedNotDropped() throws {
        let desk = try TestDesk()
        var context = desk.context
        var screen = RegistrationScreen()
        var keys = familyOfFourKeys()
        keys += [.pageUp, .backTab, .backTab, .char("1")]  // criterion 4 (owns a car): Ya
        drive(&screen, keys, desk: desk, context: &context)
        assertGolden(render(screen, context), "registration-criteria-excluded")
        drive(&screen, [.function(2)], desk: desk, context: &context)
        let record = try XCTUnwrap(desk.service.state.household(id: 1))
        XCTAssertEqual(record.current.criteria.exclusions, [.ownsCar])
        XCTAssertTrue(render(screen, context).text.contains("TIDAK DAPAT DIUSULKAN — kriteria 4"))
    }

    func testIncompleteFormCannotBeSavedAndLosesNothing() throws {
        let desk = try TestDesk()
        var context = desk.context
        var screen = RegistrationScreen()
        drive(&screen, Key.type("3171011503150007") + [.function(2)], desk: desk, context: &context)
        XCTAssertEqual(screen.page, .summary)
        XCTAssertEqual(screen.form.kkNumber, "3171011503150007")
        XCTAssertNil(desk.service.state.household(id: 1))
        let grid = render(screen, context)
        XCTAssertTrue(grid.text.contains("Belum bisa disimpan"))
        assertGolden(grid, "registration-summary-errors")
    }

    func testDuplicateNIKNeedsAnExplicitChoice() throws {
        let desk = try TestDesk()
        var context = desk.context
        var first = RegistrationScreen()
        drive(&first, familyOfFourKeys() + [.function(2)], desk: desk, context: &context)
        var second = RegistrationScreen()
        var keys = familyOfFourKeys()
        keys.replaceSubrange(0..<16, with: Key.type("3171012001240009"))
        drive(&second, keys + [.function(2)], desk: desk, context: &context)
        XCTAssertNotNil(second.dialog, "saving stops at the duplicate question")
        assertGolden(render(second, context), "registration-duplicate-dialog")
        drive(&second, [.enter], desk: desk, context: &context) // "Batal" is the default
        XCTAssertNil(desk.service.state.household(id: 2))
        drive(&second, [.function(2), .right, .enter], desk: desk, context: &context)
        let record = try XCTUnwrap(desk.service.state.household(id: 2))
        XCTAssertEqual(record.acknowledgedDuplicates.count, 4)
        XCTAssertEqual(desk.service.state.households(withNIK: "3171011708850003").count, 2, "never merged")
    }

    func testLeavingAsksAndKeepsADraftThatIsOfferedNextTime() throws {
        let desk = try TestDesk()
        var context = desk.context
        var screen = RegistrationScreen()
        drive(&screen, Key.type("3171011503150007") + [.tab] + Key.type("Jl. Kenanga"), desk: desk, context: &context)
        drive(&screen, [.escape], desk: desk, context: &context)
        assertGolden(render(screen, context), "registration-leave-dialog")
        var commands = drive(&screen, [.enter], desk: desk, context: &context)
        guard case .saveDraft? = commands.last else { return XCTFail("expected a draft save") }
        XCTAssertEqual(desk.service.loadDraft()?.form.address, "Jl. Kenanga")
        guard var again = RegistrationScreen.start(context: context) as? RegistrationScreen else { return XCTFail() }
        assertGolden(render(again, context), "registration-draft-offer")
        commands = drive(&again, [.enter], desk: desk, context: &context)
        XCTAssertEqual(again.form.kkNumber, "3171011503150007")
        XCTAssertEqual(again.form.address, "Jl. Kenanga")
    }

    func testDraftIsWrittenWhileTyping() throws {
        let desk = try TestDesk()
        var context = desk.context
        var screen = RegistrationScreen()
        drive(&screen, Key.type("3171011503150007") + [.tab], desk: desk, context: &context)
        XCTAssertEqual(desk.service.loadDraft()?.form.kkNumber, "3171011503150007", "leaving a field writes the draft")
    }

    func testCorrectionKeepsHistory() throws {
        let desk = try TestDesk()
        desk.registerSynthetic(1)
        var context = desk.context
        let record = try XCTUnwrap(context.desk.household(id: 1))
        guard var screen = RegistrationScreen.start(context: context, correcting: record) as? RegistrationScreen else { return XCTFail() }
        drive(&screen, [.tab] + Array(repeating: Key.backspace, count: 80) + Key.type("Jl. Baru No. 1") + [.function(2)], desk: desk, context: &context)
        XCTAssertTrue(render(screen, context).text.contains("Tulis alasan koreksi"))
        assertGolden(render(screen, context), "registration-correction-reason")
        var effects: [Command] = []
        for key in Key.type("pindah rumah") + [.function(2)] {
            var effect = screen.update(key, context: context)
            if case .command(let c) = effect {
                effects.append(c)
                let result = desk.service.execute(c, operatorID: 1)
                context.desk = desk.service.state
                effect = screen.receive(result, context: context)
                guard case .popWith(.corrected(1)) = effect else { return XCTFail("expected to close with the correction") }
            }
        }
        let after = try XCTUnwrap(desk.service.state.household(id: 1))
        XCTAssertEqual(after.versions.count, 2)
        XCTAssertEqual(after.current.address, "Jl. Baru No. 1")
        XCTAssertEqual(after.versions[0].household.address, record.current.address)
        XCTAssertEqual(after.versions[1].reason, "pindah rumah")
    }

    func testSpokenDigits() {
        XCTAssertEqual(spokenDigits("26-00042-7"), "dua enam, nol nol nol empat dua, tujuh")
    }
}

final class RegistrationMemberListTests: XCTestCase {
    func testIncompleteMemberIsMarkedInTheList() throws {
        let desk = try TestDesk()
        var screen = RegistrationScreen()
        let context = desk.context
        for key in [Key.pageDown, .function(3)] + Key.type("3171011708850003") + [.escape] {
            _ = screen.update(key, context: context)
        }
        var grid = Grid(width: 80, height: 24)
        screen.render(into: &grid, context: context)
        let row = try XCTUnwrap(grid.lines.first { $0.contains("3171••••••••0003") })
        XCTAssertTrue(row.contains("1.  ✗ 3171••••••••0003"), row)
        XCTAssertTrue(grid.text.contains("✗ Anggota 1: Belum diisi: nama, agama"), grid.text)
        assertGolden(grid, "registration-members-incomplete")
    }
}
