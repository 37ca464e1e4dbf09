import Foundation
import LoketApp
import LoketCore
import LoketTUI
import XCTest

final class MusyawarahBeritaAcaraTests: XCTestCase {
    /// 16 families decided layak (all screened for BPNT), BPNT quota 3: 13 on its waiting list. Agus
    /// Setiawan (ninth, never arrived) is struck before the first decision.
    func longSession() throws -> (TestDesk, String) {
        let desk = try musyawarahDesk(families: 16, attendees: 9, arrived: 8)
        _ = desk.service.execute(.musyawarah(.strikeAttendee(sessionID: 1, attendeeID: 9, reason: "salah catat")), operatorID: 1)
        for id in 1...16 {
            let result = desk.service.execute(.musyawarah(.decide(sessionID: 1, CandidateDecision(householdID: id, verdict: .layak,
                                                                                                 basis: .consensus))), operatorID: 1)
            if case .failed(let why) = result { XCTFail(why) }
        }
        _ = desk.service.execute(.musyawarah(.setQuota(sessionID: 1, program: .bpnt, quota: 3)), operatorID: 1)
        _ = desk.service.execute(.musyawarah(.close(sessionID: 1)), operatorID: 1)
        _ = desk.service.execute(.musyawarah(.printBeritaAcara(sessionID: 1)), operatorID: 1)
        let text = try String(contentsOfFile: desk.service.beritaAcaraDirectory + "/musyawarah-1.txt", encoding: .utf8)
        return (desk, text)
    }

    func testLongWaitingListsAreCutAndTheFullRankingIsAnAppendix() throws {
        let (desk, text) = try longSession()
        let sections = text.components(separatedBy: "LAMPIRAN: URUTAN LENGKAP PER PROGRAM")
        XCTAssertEqual(sections.count, 2, "one appendix")
        let body = sections[0], appendix = sections[1]
        let bpnt = try XCTUnwrap(body.components(separatedBy: "BPNT — ").last?.components(separatedBy: "KLJ — ").first)
        XCTAssertTrue(bpnt.contains("   … dan 3 keluarga lain di daftar tunggu (lihat lampiran)"), bpnt)
        XCTAssertTrue(bpnt.contains("13.  "), "3 within the quota and 10 of the waiting list")
        XCTAssertFalse(bpnt.contains("14.  "), bpnt)
        XCTAssertTrue(appendix.contains("BPNT — "))
        XCTAssertTrue(appendix.contains("16.  "), "the appendix has the whole ranking")
        XCTAssertFalse(appendix.contains("PKH — "), "programs without a cut are not repeated")
        // Every layak family once in the decisions table.
        let decisions = try XCTUnwrap(body.components(separatedBy: "III. RINGKASAN").first)
        for record in desk.service.state.households {
            XCTAssertEqual(decisions.components(separatedBy: record.number.description).count - 1, 1, record.number.description)
        }
        for line in text.split(separator: "\n") { XCTAssertLessThanOrEqual(displayWidth(String(line)), 78, String(line)) }
        assertTextGolden(text, "berita-acara-panjang")
    }

    func testStruckNamesAndTheVotingSettingAreOnTheRecord() throws {
        let (_, text) = try longSession()
        XCTAssertTrue(text.contains("(dicoret: salah catat, pukul"), text)
        XCTAssertTrue(text.contains("1 nama dicoret dari daftar karena salah catat"))
        XCTAssertTrue(text.contains("Undangan 8 orang, yang hadir 8 orang."), "the struck invitee is not counted")
        XCTAssertTrue(text.contains("Hak suara         : Pendamping sosial dan pendata hadir sebagai pendamping"), text)
        XCTAssertTrue(text.contains("Kuorum            : 2/3 dari undangan yang bersuara: 5 dari 7 undangan"), text)
        XCTAssertTrue(text.contains("Rina Wulandari °"), "the facilitator without a vote is marked")
        XCTAssertTrue(text.contains("° pendamping: hadir tercatat, tidak bersuara, tidak dihitung untuk kuorum."))
    }
}
