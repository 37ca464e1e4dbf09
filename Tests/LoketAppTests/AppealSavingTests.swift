import Foundation
@testable import LoketApp
import LoketCore
import LoketTUI
import XCTest

/// The completeness gate, the receipt, coming back with a missing letter, and appealing again.
final class AppealSavingTests: XCTestCase {
    /// Ticks the Samsat letter (with number and date) and the KK copy of the "memiliki mobil" checklist.
    private func tickSamsatAndKK(_ screen: inout AppealChecklistScreen, _ context: AppContext) {
        appealSend([.char(" "), .tab] + Key.type("552/SMS/XI/2026") + [.tab] + Key.type("20-11-2026")
                   + [.tab, .tab, .tab, .tab, .char(" ")], to: &screen, context)
    }

    func testTickingWithoutTheLettersNumberSaysWhatToFixAndKeepsTheTicks() throws {
        let desk = try TestDesk()
        var screen = AppealChecklistScreen(person: desk.registerCarOwner(), reason: .ownsCar, addressCase: nil, context: desk.context)
        appealSend([.char(" "), .tab, .tab, .tab, .char(" ")], to: &screen, desk.context)
        XCTAssertNil(screen.update(.function(2), context: desk.context).command)
        XCTAssertEqual(screen.message?.text, "Isi nomor surat: Surat keterangan Samsat bahwa tidak ada mobil terdaftar.")
        XCTAssertEqual(screen.stops[screen.focus].part, .number)
        XCTAssertEqual(screen.entries.map(\.ticked), [true, true, false])
        appealSend(Key.type("552/SMS") + [.tab] + Key.type("31-11-2026"), to: &screen, desk.context)
        _ = screen.update(.ctrl("s"), context: desk.context)
        XCTAssertTrue(screen.message?.text.hasPrefix("Tanggal surat tidak terbaca") ?? false, "31 November does not exist")
        appealSend(Array(repeating: .backspace, count: 10) + Key.type("30-11-2026"), to: &screen, desk.context)
        _ = screen.update(.ctrl("s"), context: desk.context)
        XCTAssertTrue(screen.message?.text.contains("belum terjadi") ?? false, "a letter dated after today")
        XCTAssertEqual(screen.entries[0].number.text, "552/SMS", "nothing typed is lost")
    }

    func testTypingALetterNumberTicksIt() throws {
        let desk = try TestDesk()
        var screen = AppealChecklistScreen(person: desk.registerCarOwner(), reason: .ownsCar, addressCase: nil, context: desk.context)
        appealSend([.tab] + Key.type("1"), to: &screen, desk.context)
        XCTAssertTrue(screen.entries[0].ticked)
    }

    func testIncompleteAsksFirstThenSavesBelumLengkapWithWhatIsMissingOnTheReceipt() throws {
        let desk = try TestDesk()
        let person = desk.registerCarOwner()
        var screen = AppealChecklistScreen(person: person, reason: .ownsCar, addressCase: nil, context: desk.context)
        tickSamsatAndKK(&screen, desk.context)
        XCTAssertTrue(appealRender(screen, desk.context).text.contains("Diterima 2 dari 3 dokumen"))
        XCTAssertNil(screen.update(.function(2), context: desk.context).command, "the gate asks first")
        let dialog = appealRender(screen, desk.context)
        XCTAssertTrue(dialog.text.contains("Surat keterangan dari RT/RW"))
        assertGolden(dialog, "sanggahan-checklist-belum-lengkap")
        var effect = screen.update(.enter, context: desk.context)
        guard case .appeal(.file(let intake))? = effect.command else { return XCTFail("saves after confirming") }
        XCTAssertEqual(intake.documents.map(\.document), [.samsatNoCar, .kkCopy])
        XCTAssertEqual(intake.documents[0].letterNumber, "552/SMS/XI/2026")
        XCTAssertEqual(intake.documents[0].letterDate, CivilDate(year: 2026, month: 11, day: 20))
        (effect, _) = desk.carryOut(effect, on: &screen)
        guard case .reset(let next) = effect, let detail = next as? AppealDetailScreen else { return XCTFail("opens the saved appeal") }

        let appeal = try XCTUnwrap(desk.service.state.appeals.appeal(id: 1))
        XCTAssertEqual(appeal.status, .incomplete)
        XCTAssertEqual(appeal.missing, [.rtRwLetter])
        XCTAssertEqual(appeal.receiptFiles.count, 1, "the print is a journal event")
        let receipt = try String(contentsOfFile: appeal.receiptFiles[0], encoding: .utf8)
        XCTAssertTrue(receipt.contains("Dokumen yang BELUM ADA (harap dibawa ke loket ini):\n  [ ] Surat keterangan dari RT/RW"))
        XCTAssertTrue(receipt.contains(maskedNIK(person.nik)))
        XCTAssertFalse(receipt.contains(person.nik), "NIK masked on paper too")
        XCTAssertTrue(receipt.contains("Data tidak berubah sampai verifikasi selesai."))
        let folder = String(desk.directory.split(separator: "/").last ?? "")
        assertGolden(appealRender(detail, desk.context), "sanggahan-saved-belum-lengkap", masking: [desk.directory, folder])
    }

    func testAllTickedSavesDiterimaLengkapWithoutAsking() throws {
        let desk = try TestDesk()
        var screen = AppealChecklistScreen(person: desk.registerCarOwner(), reason: .consideredAble, addressCase: nil, context: desk.context)
        appealSend([.char(" "), .tab] + Key.type("14/SKTM/2026") + [.tab] + Key.type("24112026") + [.tab, .char(" ")], to: &screen, desk.context)
        XCTAssertTrue(appealRender(screen, desk.context).text.contains("Lengkap, 2 dari 2 dokumen"))
        let effect = screen.update(.function(2), context: desk.context)
        XCTAssertNotNil(effect.command)
        _ = desk.carryOut(effect, on: &screen)
        let appeal = try XCTUnwrap(desk.service.state.appeals.appeal(id: 1))
        XCTAssertEqual(appeal.status, .complete)
        XCTAssertEqual(appeal.deadline, CivilDate(year: 2026, month: 12, day: 9))
        let receipt = try String(contentsOfFile: appeal.receiptFiles[0], encoding: .utf8)
        XCTAssertTrue(receipt.contains("Batas verifikasi : 9 Desember 2026"))
    }

    func testComingBackCompletesTheSameAppealAndStartsTheClockThatDay() throws {
        let desk = try TestDesk()
        let person = desk.registerCarOwner()
        var first = AppealChecklistScreen(person: person, reason: .ownsCar, addressCase: nil, context: desk.context)
        tickSamsatAndKK(&first, desk.context)
        _ = first.update(.function(2), context: desk.context)
        _ = desk.carryOut(first.update(.enter, context: desk.context), on: &first)

        var again = AppealChecklistScreen(person: person, reason: .ownsCar, addressCase: nil, context: desk.context)
        XCTAssertEqual(again.continuing, 1)
        XCTAssertEqual(again.entries.map(\.isLocked), [true, false, true], "documents received earlier are kept")
        XCTAssertEqual(again.stops.count, 3, "only the missing letter can be filled in")
        XCTAssertNil(again.update(.function(2), context: desk.context).command)
        XCTAssertTrue(again.message?.text.hasPrefix("Belum ada dokumen baru") ?? false)
        appealSend([.char(" "), .tab] + Key.type("07/RT.003/XI/2026") + [.tab] + Key.type("25-11-2026"), to: &again, desk.context)
        assertGolden(appealRender(again, desk.context), "sanggahan-checklist-lengkapi")
        let effect = again.update(.function(2), context: desk.context)
        guard case .appeal(.addDocuments(1, let docs))? = effect.command else { return XCTFail("adds to appeal 1") }
        XCTAssertEqual(docs.map(\.document), [.rtRwLetter])
        _ = desk.carryOut(effect, on: &again)
        let appeal = try XCTUnwrap(desk.service.state.appeals.appeal(id: 1))
        XCTAssertEqual(appeal.status, .complete)
        XCTAssertEqual(appeal.completedOn, desk.context.today)
        XCTAssertEqual(appeal.receiptFiles.count, 2, "a second receipt, the first file is not replaced")
        XCTAssertNotEqual(appeal.receiptFiles[0], appeal.receiptFiles[1])
        XCTAssertTrue(FileManager.default.fileExists(atPath: appeal.receiptFiles[0]))
        XCTAssertEqual(desk.service.state.appeals.appeals.count, 1)
    }

    func testAPendingEarlierAppealIsShownAndBlocksASecondOne() throws {
        let desk = try TestDesk()
        let person = desk.registerCarOwner()
        _ = desk.service.execute(.appeal(.file(AppealIntake(person: person, reason: .consideredAble, addressCase: nil, documents: [
            ReceivedDocument(.sktm, letterNumber: "1", letterDate: desk.context.today, receivedOn: desk.context.today),
            ReceivedDocument(.kkCopy, receivedOn: desk.context.today)]))), operatorID: 1)
        var screen = AppealChecklistScreen(person: person, reason: .consideredAble, addressCase: nil, context: desk.context)
        XCTAssertNil(screen.continuing)
        XCTAssertTrue(appealRender(screen, desk.context).text.contains("untuk alasan ini (diterima lengkap). Tunggu hasilnya."))
        XCTAssertNil(screen.update(.function(2), context: desk.context).command)
        XCTAssertTrue(screen.message?.text.contains("Tunggu hasilnya") ?? false)
        XCTAssertTrue(appealRender(AppealReasonScreen(person: person, context: desk.context), desk.context).text
            .contains("Sanggahan sebelumnya dari warga ini:"))

        _ = desk.service.execute(.appeal(.decide(appealID: 1, outcome: .rejected, reason: "Rumah dinilai layak")), operatorID: 0)
        var later = AppealChecklistScreen(person: person, reason: .consideredAble, addressCase: nil, context: desk.context)
        XCTAssertTrue(appealRender(later, desk.context).text.contains("Pernah menyanggah dengan alasan ini"))
        XCTAssertTrue(appealRender(later, desk.context).text.contains("Rumah dinilai layak"))
        appealSend([.char(" "), .tab] + Key.type("2") + [.tab] + Key.type("25-11-2026") + [.tab, .char(" ")], to: &later, desk.context)
        XCTAssertNotNil(later.update(.function(2), context: desk.context).command, "a decided appeal does not block a new one")
    }

    // MARK: - Receipt text goldens

    private func receipt(complete: Bool) throws -> String {
        let desk = try TestDesk()
        let person = AppealPerson(nik: "3171011708850003", name: "Budi Santoso", kkNumber: "3171011503150007",
                                  householdID: 1, statusReceived: "Tidak dapat diusulkan: Memiliki mobil")
        let today = desk.context.today
        var docs = [ReceivedDocument(.samsatNoCar, letterNumber: "552/SMS/XI/2026", letterDate: CivilDate(year: 2026, month: 11, day: 20), receivedOn: today),
                    ReceivedDocument(.kkCopy, receivedOn: today)]
        if complete { docs.insert(ReceivedDocument(.rtRwLetter, letterNumber: "07/RT.003/XI/2026", letterDate: today, receivedOn: today), at: 1) }
        _ = desk.service.execute(.appeal(.file(AppealIntake(person: person, reason: .ownsCar, addressCase: nil, documents: docs))), operatorID: 1)
        let appeal = try XCTUnwrap(desk.service.state.appeals.appeal(id: 1))
        return AppealReceipt.text(appeal, desk: desk.service.state.profile, operatorName: "Rina Wulandari", printedAt: "25-11-2026 10:15")
    }

    func testReceiptGoldens() throws {
        let incomplete = try receipt(complete: false)
        XCTAssertTrue(incomplete.contains("Status sanggahan : BELUM LENGKAP"))
        XCTAssertTrue(incomplete.contains("dimulai pada hari semua dokumen diterima lengkap"))
        assertGoldenText(incomplete, "sanggahan-receipt-belum-lengkap")
        let complete = try receipt(complete: true)
        XCTAssertTrue(complete.contains("Status sanggahan : DITERIMA LENGKAP"))
        XCTAssertTrue(complete.contains("Batas verifikasi : 9 Desember 2026"))
        XCTAssertTrue(complete.contains("Data tidak berubah sampai verifikasi selesai."))
        assertGoldenText(complete, "sanggahan-receipt-lengkap")
        for text in [incomplete, complete] {
            XCTAssertLessThanOrEqual(text.split(separator: "\n").map { displayWidth(String($0)) }.max() ?? 0, 80, "fits a printed page")
        }
    }
}
