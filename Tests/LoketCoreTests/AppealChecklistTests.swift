import LoketCore
import XCTest

/// Each reason's checklist exactly as DESIGN.md ("Sanggahan") lists it, and the address sub-cases.
final class AppealChecklistTests: XCTestCase {
    private func labels(_ reason: AppealReason, _ addressCase: AddressCase? = nil) -> [String]? {
        AppealChecklist.documents(for: reason, addressCase: addressCase)?.map(\.label)
    }

    func testMemilikiMobil() {
        XCTAssertEqual(labels(.ownsCar), ["Surat keterangan Samsat bahwa tidak ada mobil terdaftar",
                                          "Surat keterangan dari RT/RW", "Fotokopi Kartu Keluarga (KK)"])
    }

    func testNJOP() {
        XCTAssertEqual(labels(.propertyAboveOneBillion), ["Surat keterangan NJOP dari UP3D/Kecamatan",
                                                          "Surat keterangan dari RT/RW", "Fotokopi Kartu Keluarga (KK)"])
    }

    func testDianggapMampu() {
        XCTAssertEqual(labels(.consideredAble), ["SKTM dari RT/RW atau Kelurahan", "Fotokopi Kartu Keluarga (KK)"])
    }

    func testPNSTNIPOLRI() {
        XCTAssertEqual(labels(.stateEmployee), ["Surat RT/RW: tidak ada anggota PNS/TNI/POLRI/BUMN/DPR(D)",
                                                "Fotokopi Kartu Keluarga (KK)"])
    }

    func testAddressNotMoved() {
        XCTAssertEqual(labels(.address, .notMoved), ["Surat keterangan domisili dari RT/RW", "Fotokopi Kartu Keluarga (KK)"])
    }

    func testAddressMovedWithinJakarta() {
        XCTAssertEqual(labels(.address, .movedWithinJakarta), [
            "Surat keterangan domisili dari RT/RW tempat tinggal sekarang",
            "Surat keterangan dari RT/RW alamat lama", "Fotokopi Kartu Keluarga (KK)"])
    }

    func testAddressMovedOutOfJakartaCannotBeAppealed() {
        XCTAssertNil(AppealChecklist.documents(for: .address, addressCase: .movedOutOfJakarta))
        XCTAssertFalse(AddressCase.movedOutOfJakarta.canBeAppealed)
        XCTAssertTrue(AddressCase.notMoved.canBeAppealed && AddressCase.movedWithinJakarta.canBeAppealed)
        XCTAssertTrue(AppealChecklist.movedOutExplanation.joined(separator: " ").contains("TIDAK DAPAT"))
    }

    func testAddressWithoutSubCaseHasNoChecklistYet() {
        XCTAssertNil(AppealChecklist.documents(for: .address))
        XCTAssertTrue(AppealReason.address.needsAddressCase)
        XCTAssertEqual(AppealReason.allCases.filter(\.needsAddressCase), [.address])
    }

    func testTidakPadanSistemRemindsOfDukcapil() {
        XCTAssertEqual(labels(.nikNotMatched), ["Surat keterangan domisili", "Fotokopi Kartu Keluarga (KK)"])
        XCTAssertTrue(AppealChecklist.dukcapilReminder[0].contains("Dukcapil kelurahan"))
    }

    func testMeninggal() {
        XCTAssertEqual(labels(.deceased), ["Surat RT/RW bahwa yang bersangkutan masih hidup",
                                           "Surat koreksi (PM 1) dari Kelurahan", "Fotokopi Kartu Keluarga (KK)"])
    }

    func testEveryAppealableChecklistEndsWithTheKKCopyAndOnlyLettersHaveNumbers() {
        for reason in AppealReason.allCases {
            for addressCase in reason.needsAddressCase ? AddressCase.allCases.map(Optional.some) : [nil] {
                guard let docs = AppealChecklist.documents(for: reason, addressCase: addressCase) else { continue }
                XCTAssertEqual(docs.last, .kkCopy, "\(reason)")
                XCTAssertEqual(Set(docs).count, docs.count)
                XCTAssertEqual(docs.filter { !$0.hasLetterDetails }, [.kkCopy])
            }
        }
    }

    func testAppealNumberRoundTripsAndCatchesATypo() throws {
        let n = AppealNumber(year: 2026, serial: 7)
        XCTAssertTrue(n.description.hasPrefix("SG-26-00007-"))
        XCTAssertEqual(AppealNumber(parsing: n.description), n)
        XCTAssertEqual(AppealNumber(parsing: n.description.lowercased().replacingOccurrences(of: "-", with: "")), n)
        XCTAssertEqual(AppealNumber(parsing: String(n.description.dropFirst(3))), n)
        let wrong = String(n.description.dropLast()) + String((Int(String(n.description.last!))! + 1) % 10)
        XCTAssertNil(AppealNumber(parsing: wrong))
        XCTAssertNil(AppealNumber(parsing: "SG-26"))
    }
}
