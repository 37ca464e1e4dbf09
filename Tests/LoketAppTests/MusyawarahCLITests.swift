import Foundation
import LoketApp
import LoketCore
import LoketCrypto
import LoketStore
import XCTest

final class MusyawarahCLITests: XCTestCase {
    /// A desk with a closed session of two decisions; the store is closed so the commands can open it.
    func closedDesk(seal: [UInt8]? = nil) throws -> (directory: String, seal: [UInt8], keep: TestDesk) {
        let desk = try musyawarahDesk(attendees: 3, arrived: 3)
        _ = desk.service.execute(.musyawarah(.decide(sessionID: 1, CandidateDecision(householdID: 1, verdict: .layak, basis: .consensus))), operatorID: 1)
        _ = desk.service.execute(.musyawarah(.decide(sessionID: 1, CandidateDecision(householdID: 2, verdict: .tunda(reason: "Surat RT"), basis: .consensus))), operatorID: 1)
        let s = try XCTUnwrap(desk.service.state.musyawarah.session(id: 1))
        if let seal {
            // A seal that does not match the events (as if the record had been forged).
            try desk.service.store.append([EventEnvelope(operatorID: 1, event: .musyawarah(.sessionClosed(sessionID: 1, seal: seal, eventCount: s.sealedEventCount)))], timestamp: 1)
        } else {
            _ = desk.service.execute(.musyawarah(.close(sessionID: 1)), operatorID: 1)
        }
        let recorded = try XCTUnwrap(desk.service.state.musyawarah.session(id: 1)?.closure?.seal)
        desk.service.store.close()
        return (desk.directory, recorded, desk)
    }

    func testVerifyRecomputesTheSealOfEveryClosedSession() throws {
        let (directory, seal, keep) = try closedDesk()
        defer { withExtendedLifetime(keep) {} }
        let result = runVerifyCommand(directory: directory)
        XCTAssertEqual(result.exitCode, CLIExit.success, result.error)
        XCTAssertTrue(result.output.contains("Musyawarah 1 (25-11-2026): \(hexString(seal)) COCOK"), result.output)
    }

    func testVerifyFailsWhenASealDoesNotMatch() throws {
        let (directory, _, keep) = try closedDesk(seal: Array(repeating: 0xAB, count: 32))
        defer { withExtendedLifetime(keep) {} }
        let result = runVerifyCommand(directory: directory)
        XCTAssertEqual(result.exitCode, CLIExit.failure)
        XCTAssertTrue(result.output.contains("TIDAK COCOK"), result.output)
    }

    func testBeritaAcaraCommandPrintsSavesAndRecordsThePrint() throws {
        let (directory, seal, keep) = try closedDesk()
        defer { withExtendedLifetime(keep) {} }
        let result = runBeritaAcaraCommand(sessionID: 1, directory: directory, clock: .fixed(TestDesk.fixedDate))
        XCTAssertEqual(result.exitCode, CLIExit.success, result.error)
        XCTAssertTrue(result.output.contains("BERITA ACARA"))
        XCTAssertTrue(result.output.contains(hexString(seal)))
        XCTAssertEqual(try String(contentsOfFile: directory + "/berita-acara/musyawarah-1.txt", encoding: .utf8), result.output)
        let store = try DeskStore.open(directory: directory)
        defer { store.close() }
        XCTAssertEqual(store.state.musyawarah.session(id: 1)?.prints.count, 1, "the print is in the journal")
    }

    func testBeritaAcaraForAnUnknownSessionNamesTheOnesThatExist() throws {
        let (directory, _, keep) = try closedDesk()
        defer { withExtendedLifetime(keep) {} }
        let result = runBeritaAcaraCommand(sessionID: 7, directory: directory)
        XCTAssertEqual(result.exitCode, CLIExit.failure)
        XCTAssertEqual(result.error, "Musyawarah nomor 7 tidak ada. Musyawarah yang ada: 1 (25-11-2026).")
    }

    func testTheCommandLineParsesBeritaAcara() {
        XCTAssertEqual(try CLIInvocation.parse(["berita-acara", "2"]).get().command, .beritaAcara(session: 2))
        if case .success = CLIInvocation.parse(["berita-acara"]) { XCTFail("a session number is required") }
        if case .success = CLIInvocation.parse(["berita-acara", "satu"]) { XCTFail("the session is a number") }
    }
}
