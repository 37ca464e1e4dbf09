import LoketCore
import XCTest

final class NIKTests: XCTestCase {
    let today = CivilDate(year: 2026, month: 11, day: 25)!

    func testValidMaleNIKDecodesRegionDateAndSex() {
        let check = NIKCheck("3171011708850003", today: today)
        XCTAssertTrue(check.isValid)
        XCTAssertEqual(check.warnings, [])
        XCTAssertEqual(check.provinceName, "Daerah Khusus Ibukota Jakarta")
        XCTAssertEqual(check.kabKotaName, "Kota Administrasi Jakarta Pusat")
        XCTAssertEqual(check.kecamatanName, "Gambir")
        XCTAssertEqual(check.birthDate, CivilDate(year: 1985, month: 8, day: 17))
        XCTAssertEqual(check.sex, .male)
    }

    func testWomenHaveFortyAddedToTheDay() {
        let check = NIKCheck("3171015708850003", today: today)
        XCTAssertTrue(check.isValid)
        XCTAssertEqual(check.sex, .female)
        XCTAssertEqual(check.birthDate, CivilDate(year: 1985, month: 8, day: 17))
        // Day 71 is 31 for a woman; day 72 would be 32.
        XCTAssertEqual(NIKCheck("3171017101900003", today: today).birthDate, CivilDate(year: 1990, month: 1, day: 31))
        XCTAssertEqual(NIKCheck("3171017201900003", today: today).errors, [.dayOutOfRange(72)])
    }

    func testTwoDigitYearTakesTheLatestCenturyNotInTheFuture() {
        XCTAssertEqual(NIKCheck("3171011701260003", today: today).birthDate?.year, 2026)
        XCTAssertEqual(NIKCheck("3171011701270003", today: today).birthDate?.year, 1927)
    }

    func testTwentyNinthFebruaryOnlyInLeapYears() {
        XCTAssertEqual(NIKCheck("3171012902000003", today: today).birthDate, CivilDate(year: 2000, month: 2, day: 29))
        XCTAssertEqual(NIKCheck("3171016902040003", today: today).birthDate, CivilDate(year: 2004, month: 2, day: 29))
        XCTAssertEqual(NIKCheck("3171012902010003", today: today).errors, [.dateDoesNotExist(day: 29, month: 2, year: 2001)])
        XCTAssertEqual(NIKCheck("3171013104900003", today: today).errors, [.dateDoesNotExist(day: 31, month: 4, year: 1990)])
    }

    func testLengthAndDigitErrors() {
        XCTAssertEqual(NIKCheck("317101170885000", today: today).errors, [.wrongLength(15)])
        XCTAssertEqual(NIKCheck("31710117088500031", today: today).errors, [.wrongLength(17)])
        XCTAssertEqual(NIKCheck("31710117O8850003", today: today).errors, [.notDigits])
        XCTAssertEqual(NIKCheck("3171 0117 0885 0003", today: today).digits, "3171011708850003")
    }

    func testUnknownProvinceIsAnError() {
        XCTAssertEqual(NIKCheck("9971011708850003", today: today).errors, [.unknownProvince("99")])
    }

    func testDayMonthAndSerialErrors() {
        XCTAssertEqual(NIKCheck("3171010008850003", today: today).errors, [.dayZero])
        XCTAssertEqual(NIKCheck("3171014008850003", today: today).errors, [.dayZero])
        XCTAssertEqual(NIKCheck("3171013508850003", today: today).errors, [.dayOutOfRange(35)])
        XCTAssertEqual(NIKCheck("3171011700850003", today: today).errors, [.monthOutOfRange(0)])
        XCTAssertEqual(NIKCheck("3171011713850003", today: today).errors, [.monthOutOfRange(13)])
        XCTAssertEqual(NIKCheck("3171011708850000", today: today).errors, [.serialZero])
    }

    func testBirthDateInTheFutureIsAnError() {
        XCTAssertEqual(NIKCheck("3171011712260003", today: today).errors,
                       [.birthDateInFuture(CivilDate(year: 2026, month: 12, day: 17)!)])
    }

    func testUnknownKabKotaOrKecamatanIsOnlyAWarning() {
        let oldKab = NIKCheck("3179011708850003", today: today)
        XCTAssertTrue(oldKab.isValid)
        XCTAssertEqual(oldKab.warnings, [.unknownKabKota("3179")])
        let oldKec = NIKCheck("3171991708850003", today: today)
        XCTAssertTrue(oldKec.isValid)
        XCTAssertEqual(oldKec.warnings, [.unknownKecamatan("317199")])
    }

    func testNIKFromAnotherProvinceIsValid() {
        let check = NIKCheck("3301011708850003", today: today)
        XCTAssertTrue(check.isValid)
        XCTAssertEqual(check.provinceName, "Jawa Tengah")
    }

    func testPlaceholderPatternsAreFlagged() {
        XCTAssertTrue(NIKCheck("9999999999999999", today: today).warnings.contains(.placeholder))
        XCTAssertTrue(NIKCheck("1234567890123456", today: today).warnings.contains(.placeholder))
        XCTAssertFalse(NIKCheck("3171011708850003", today: today).warnings.contains(.placeholder))
    }

    func testFormMismatchesAreWarnings() {
        let check = NIKCheck("3171011708850003", today: today)
        let other = CivilDate(year: 1985, month: 8, day: 18)!
        XCTAssertEqual(check.mismatches(birthDate: other, sex: .female),
                       [.birthDateDiffers(nik: CivilDate(year: 1985, month: 8, day: 17)!, form: other), .sexDiffers(nik: .male, form: .female)])
        XCTAssertEqual(check.mismatches(birthDate: check.birthDate, sex: .male), [])
    }

    func testMasking() {
        XCTAssertEqual(maskedNIK("3171011708850003"), "3171••••••••0003")
        XCTAssertEqual(maskedNIK("317"), "•••")
    }

    func testEveryMessageIsIndonesianText() {
        for p in [IdentityProblem.dayZero, .serialZero, .placeholder, .wrongLength(3), .unknownProvince("99")] {
            XCTAssertFalse(p.message.isEmpty)
            XCTAssertTrue(p.message.hasSuffix("."), p.message)
        }
    }
}
