@testable import LoketApp
import LoketCore
import XCTest

final class DeskServiceTests: XCTestCase {
    func testSetUpCreatesDeskAndOperatorWithHashedPIN() throws {
        let desk = try TestDesk()
        XCTAssertTrue(desk.service.state.isSetUp)
        let op = try XCTUnwrap(desk.service.state.operators.first)
        XCTAssertEqual(op.name, "Rina Wulandari")
        XCTAssertFalse(op.pinHash.contains("123456"))
        XCTAssertTrue(op.pinHash.hasPrefix("$argon2id$"))
    }

    func testSignInChecksThePIN() throws {
        let desk = try TestDesk()
        guard case .signInRefused = desk.service.execute(.signIn(operatorID: 1, pin: "000000"), operatorID: nil) else {
            return XCTFail("wrong PIN accepted")
        }
        guard case .signedIn(1) = desk.service.execute(.signIn(operatorID: 1, pin: "123456"), operatorID: nil) else {
            return XCTFail("right PIN refused")
        }
    }

    func testRegisterWritesReceiptAndLogsThePrint() throws {
        let desk = try TestDesk()
        desk.registerSynthetic(1)
        let record = try XCTUnwrap(desk.service.state.household(id: 1))
        let path = desk.service.receiptsDirectory + "/\(record.number).txt"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(text.contains("No. pendaftaran : \(record.number)"))
        for m in record.current.members {
            XCTAssertFalse(text.contains(m.nik), "receipts carry masked NIKs only")
            XCTAssertTrue(text.contains(maskedNIK(m.nik)))
        }
        XCTAssertTrue(text.contains("Rina Wulandari"))
    }

    func testDraftSurvivesReopen() throws {
        let desk = try TestDesk()
        var form = RegistrationForm()
        form.kkNumber = "3171011503150007"
        form.members = [MemberForm()]
        _ = desk.service.execute(.saveDraft(RegistrationDraft(form: form)), operatorID: 1)
        XCTAssertEqual(desk.service.loadDraft()?.form, form)
        _ = desk.service.execute(.discardDraft, operatorID: 1)
        XCTAssertNil(desk.service.loadDraft())
    }
}
