import Foundation
@testable import LoketApp
import LoketCore
import LoketStore
import XCTest

/// `loket sanggahan`: parsing, list, show, hand-over for verification and the decision with its reason.
final class AppealCLITests: XCTestCase {
    func testCommandLineParsing() {
        func parse(_ args: [String]) -> CLICommand? { try? CLIInvocation.parse(args).get().command }
        XCTAssertEqual(parse(["sanggahan", "daftar"]), .sanggahan(.list(status: nil)))
        XCTAssertEqual(parse(["sanggahan", "daftar", "--status", "belum-lengkap"]), .sanggahan(.list(status: .incomplete)))
        XCTAssertEqual(parse(["sanggahan", "putus", "SG-26-00001-8", "ditolak", "--alasan", "Mobil atas nama suami"]),
                       .sanggahan(.decide("SG-26-00001-8", .rejected, reason: "Mobil atas nama suami")))
        XCTAssertEqual(parse(["sanggahan", "lihat", "SG-26-00001-8"]), .sanggahan(.show("SG-26-00001-8")))
        for wrong in [["sanggahan"], ["sanggahan", "putus", "SG-26-00001-8", "ditolak"], ["sanggahan", "putus", "SG-26-00001-8", "mungkin", "--alasan", "x"],
                      ["sanggahan", "daftar", "--status", "aneh"], ["sanggahan", "hapus", "1"]] {
            guard case .failure(let e) = CLIInvocation.parse(wrong) else { XCTFail("\(wrong) should be refused"); continue }
            XCTAssertFalse(e.message.isEmpty)
        }
        XCTAssertTrue(CLIHelp.text(for: "sanggahan").contains("putus NOMOR diterima|ditolak"))
    }

    func testCommandLineListVerificationAndDecision() throws {
        let desk = try AppealListTests.deskWithAppeals()
        let store = desk.service.store
        let directory = desk.directory
        let number = try XCTUnwrap(desk.service.state.appeals.appeal(id: 1)).number.description
        let incomplete = try XCTUnwrap(desk.service.state.appeals.appeal(id: 3)).number.description
        store.close()
        let clock = Clock.fixed(TestDesk.fixedDate)
        let list = runAppealCommand(.list(status: nil), directory: directory, clock: clock)
        XCTAssertEqual(list.exitCode, 0)
        XCTAssertTrue(list.output.contains("LEWAT 6 hari"))
        XCTAssertTrue(list.output.contains("1 lewat batas 14 hari"))
        XCTAssertEqual(runAppealCommand(.startVerification(number), directory: directory, clock: clock).exitCode, 0)
        let refused = runAppealCommand(.decide(incomplete, .accepted, reason: "x"), directory: directory, clock: clock)
        XCTAssertEqual(refused.exitCode, CLIExit.failure)
        XCTAssertTrue(refused.error.contains("belum lengkap"))
        let decided = runAppealCommand(.decide(number, .rejected, reason: "Samsat: mobil masih terdaftar"), directory: directory, clock: clock)
        XCTAssertEqual(decided.exitCode, 0, decided.error)
        XCTAssertTrue(decided.output.contains("DITOLAK"))
        let twice = runAppealCommand(.decide(number, .accepted, reason: "y"), directory: directory, clock: clock)
        XCTAssertTrue(twice.error.contains("sudah diputus"))
        let show = runAppealCommand(.show(number), directory: directory, clock: clock)
        XCTAssertTrue(show.output.contains("Hasil verifikasi : DITOLAK"))
        XCTAssertTrue(show.output.contains("Diserahkan untuk verifikasi"))
        let typo = String(number.dropLast()) + String((Int(String(number.last!))! + 1) % 10)
        XCTAssertTrue(runAppealCommand(.show(typo), directory: directory, clock: clock).error.contains("tidak sah"))
        let elsewhere = AppealNumber(year: 2026, serial: 99).description
        XCTAssertTrue(runAppealCommand(.show(elsewhere), directory: directory, clock: clock).error.contains("tidak ada di loket ini"))
        let reopened = try DeskStore.open(directory: directory)
        defer { reopened.close() }
        let appeal = try XCTUnwrap(reopened.state.appeals.appeal(id: 1))
        XCTAssertEqual(appeal.status, .rejected)
        XCTAssertEqual(appeal.history.count, 4, "filed, receipt printed, verification, decision: every step an event")
    }
}
