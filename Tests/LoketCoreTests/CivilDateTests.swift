import LoketCore
import XCTest

final class CivilDateTests: XCTestCase {
    func testInvalidDatesAreRefused() {
        XCTAssertNil(CivilDate(year: 2025, month: 2, day: 29))
        XCTAssertNotNil(CivilDate(year: 2024, month: 2, day: 29))
        XCTAssertNil(CivilDate(year: 1900, month: 2, day: 29))
        XCTAssertNotNil(CivilDate(year: 2000, month: 2, day: 29))
        XCTAssertNil(CivilDate(year: 2026, month: 13, day: 1))
    }

    func testDayArithmeticCrossesMonthsYearsAndLeapDays() {
        let d = CivilDate(year: 2024, month: 2, day: 20)!
        XCTAssertEqual(d.adding(days: 14), CivilDate(year: 2024, month: 3, day: 5))
        XCTAssertEqual(CivilDate(year: 2025, month: 2, day: 20)!.adding(days: 14), CivilDate(year: 2025, month: 3, day: 6))
        XCTAssertEqual(CivilDate(year: 2026, month: 12, day: 25)!.adding(days: 14), CivilDate(year: 2027, month: 1, day: 8))
        XCTAssertEqual(CivilDate(year: 1970, month: 1, day: 1)!.dayNumber, 0)
        XCTAssertEqual(d.days(until: d.adding(days: 400)), 400)
        XCTAssertEqual(CivilDate(dayNumber: d.dayNumber), d)
    }

    func testAgeCountsCompletedYears() {
        let birth = CivilDate(year: 1966, month: 11, day: 26)!
        XCTAssertEqual(birth.age(on: CivilDate(year: 2026, month: 11, day: 25)!), 59)
        XCTAssertEqual(birth.age(on: CivilDate(year: 2026, month: 11, day: 26)!), 60)
    }

    func testParsingAndPrinting() {
        XCTAssertEqual(CivilDate(parsing: "17-08-1985"), CivilDate(year: 1985, month: 8, day: 17))
        XCTAssertEqual(CivilDate(parsing: "17/08/1985"), CivilDate(year: 1985, month: 8, day: 17))
        XCTAssertEqual(CivilDate(parsing: "17081985"), CivilDate(year: 1985, month: 8, day: 17))
        XCTAssertNil(CivilDate(parsing: "31-02-1985"))
        XCTAssertNil(CivilDate(parsing: "17-08-85"))
        XCTAssertEqual(CivilDate(year: 1985, month: 8, day: 7)!.description, "07-08-1985")
        XCTAssertEqual(CivilDate(year: 1985, month: 8, day: 7)!.longDescription, "7 Agustus 1985")
    }
}
