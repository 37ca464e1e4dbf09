import Foundation
@testable import LoketApp
import LoketCore
import LoketStore
import LoketTUI
import XCTest

/// The appeals list: status, days left, overdue marked by attribute and words, filters.
final class AppealListTests: XCTestCase {
    /// Three appeals: one completed 20 days ago (overdue), one complete today, one incomplete.
    static func deskWithAppeals() throws -> TestDesk {
        let desk = try TestDesk()
        let today = desk.context.today
        let earlier = DeskService(store: desk.service.store, pinHasher: .testOnlyFast,
                                  clock: .fixed(TestDesk.fixedDate.addingTimeInterval(-20 * 86_400)))
        let carOwner = desk.registerCarOwner(seed: 7)
        let other = desk.registerCarOwner(seed: 8)
        func letter(_ d: AppealDocument, _ on: CivilDate) -> ReceivedDocument {
            ReceivedDocument(d, letterNumber: "1/\(d.rawValue)", letterDate: on, receivedOn: on)
        }
        let old = today.adding(days: -20)
        _ = earlier.execute(.appeal(.file(AppealIntake(person: carOwner, reason: .ownsCar, addressCase: nil, documents: [
            letter(.samsatNoCar, old), letter(.rtRwLetter, old), ReceivedDocument(.kkCopy, receivedOn: old)]))), operatorID: 1)
        _ = desk.service.execute(.appeal(.file(AppealIntake(person: other, reason: .consideredAble, addressCase: nil, documents: [
            letter(.sktm, today), ReceivedDocument(.kkCopy, receivedOn: today)]))), operatorID: 1)
        _ = desk.service.execute(.appeal(.file(AppealIntake(person: other, reason: .deceased, addressCase: nil, documents: [
            ReceivedDocument(.kkCopy, receivedOn: today)]))), operatorID: 1)
        XCTAssertEqual(desk.service.state.appeals.appeals.count, 3)
        return desk
    }

    func testListShowsStatusDaysLeftAndMarksTheOverdueAppeal() throws {
        let desk = try Self.deskWithAppeals()
        let grid = appealRender(AppealListScreen(), desk.context)
        let text = grid.text
        XCTAssertTrue(text.contains("3 sanggahan, 1 LEWAT BATAS 14 hari verifikasi."))
        XCTAssertTrue(text.contains("LEWAT 6 hari"), "completed 20 days ago: 6 days past the 14")
        XCTAssertTrue(text.contains("14 hari lagi"))
        XCTAssertTrue(text.contains("belum mulai"))
        for status in ["diterima lengkap", "belum lengkap"] { XCTAssertTrue(text.contains(status), status) }
        let row = try XCTUnwrap(grid.lines.firstIndex { $0.contains("LEWAT 6 hari") })
        let attributes = grid[1, row].style.attributes
        XCTAssertTrue(attributes.contains(.bold) && attributes.contains(.underline), "overdue stands out without colour")
        let onTime = try XCTUnwrap(grid.lines.firstIndex { $0.contains("14 hari lagi") })
        XCTAssertFalse(grid[1, onTime].style.attributes.contains(.underline))
        assertGolden(grid, "sanggahan-list")
    }

    func testFiltersByStatusAndReason() throws {
        let desk = try Self.deskWithAppeals()
        var screen = AppealListScreen()
        _ = screen.update(.function(3), context: desk.context)
        XCTAssertEqual(screen.filter.status, .incomplete)
        XCTAssertEqual(screen.filter.apply(desk.service.state.appeals).map(\.reason), [.deceased])
        _ = screen.update(.ctrl("t"), context: desk.context)
        XCTAssertEqual(screen.filter.apply(desk.service.state.appeals).count, 2, "diterima lengkap")
        _ = screen.update(.ctrl("r"), context: desk.context)
        XCTAssertEqual(screen.filter.reason, .ownsCar)
        XCTAssertEqual(screen.filter.apply(desk.service.state.appeals).map(\.id), [1])
        assertGolden(appealRender(screen, desk.context), "sanggahan-list-filtered")
        for _ in 0..<4 { _ = screen.update(.function(3), context: desk.context) }
        XCTAssertNil(screen.filter.status, "the status cycle comes back to all")
    }

    func testEnterOpensTheAppealAndF5CompletesAnIncompleteOne() throws {
        let desk = try Self.deskWithAppeals()
        var list = AppealListScreen()
        var detail = try XCTUnwrap(list.update(.enter, context: desk.context).appealPushed as? AppealDetailScreen)
        XCTAssertEqual(detail.appealID, 3, "newest first")
        let grid = appealRender(detail, desk.context)
        XCTAssertTrue(grid.text.contains("Dokumen yang BELUM ADA"))
        XCTAssertTrue(grid.text.contains("F5/^L Lengkapi"))
        let checklist = try XCTUnwrap(detail.update(.ctrl("l"), context: desk.context).appealPushed as? AppealChecklistScreen)
        XCTAssertEqual(checklist.continuing, 3)
        let (_, result) = desk.carryOut(detail.update(.function(6), context: desk.context), on: &detail)
        guard case .appeal(.receiptWritten(3, let path))? = result else { return XCTFail("reprints") }
        XCTAssertTrue(FileManager.default.fileExists(atPath: path))
        XCTAssertEqual(desk.service.state.appeals.appeal(id: 3)?.receiptFiles.count, 2)
    }
}
