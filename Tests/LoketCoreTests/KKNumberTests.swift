import LoketCore
import XCTest

final class KKNumberTests: XCTestCase {
    let today = CivilDate(year: 2026, month: 11, day: 25)!

    func testValidKKDecodesRegionAndIssueDate() {
        let check = KKCheck("3171011503150007", today: today)
        XCTAssertTrue(check.isValid)
        XCTAssertEqual(check.issueDate, CivilDate(year: 2015, month: 3, day: 15))
        XCTAssertEqual(check.regionDescription, "Gambir, Kota Administrasi Jakarta Pusat")
    }

    func testKKErrors() {
        XCTAssertEqual(KKCheck("317101150315000", today: today).errors, [.wrongLength(15)])
        XCTAssertEqual(KKCheck("9971011503150007", today: today).errors, [.unknownProvince("99")])
        XCTAssertEqual(KKCheck("3171013202150007", today: today).errors, [.issueDateInvalid])
        XCTAssertEqual(KKCheck("3171011503150000", today: today).errors, [.serialZero])
        // No +40 rule on a KK.
        XCTAssertEqual(KKCheck("3171015503150007", today: today).errors, [.issueDateInvalid])
    }

    func testOldRegionCodesAreWarnings() {
        XCTAssertEqual(KKCheck("3171991503150007", today: today).warnings, [.unknownKecamatan("317199")])
    }
}
