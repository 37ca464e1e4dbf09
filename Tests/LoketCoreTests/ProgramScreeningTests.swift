import LoketCore
import XCTest

final class ProgramScreeningTests: XCTestCase {
    let today = Fixtures.today

    func programs(_ m: Member) -> [Program] { ProgramScreening.screen(m, on: today).map(\.program) }

    func testToddlerGetsEarlyChildhoodPrograms() {
        let child = Fixtures.member("3171014106220002", "Dédé Putri", .female, (2022, 6, 1), .child)
        XCTAssertEqual(programs(child), [.pbiJK, .pkh, .kaj])
        XCTAssertEqual(ProgramScreening.screen(child, on: today)[1].reason, "anak usia dini")
    }

    func testSchoolChildGetsSchoolPrograms() {
        var child = Fixtures.member("3171010510150001", "Rizky Santoso", .male, (2015, 10, 5), .child)
        child.schooling = .primary
        XCTAssertEqual(programs(child), [.pbiJK, .pkh, .kjpPlus, .pip, .bpms])
    }

    func testElderlyAtSixtyNotFiftyNine() {
        let sixty = Fixtures.member("3171011111660003", "Slamet Wibowo", .male, (1966, 11, 11), .parent)
        XCTAssertTrue(programs(sixty).contains(.klj))
        let fiftyNine = Fixtures.member("3171012611660003", "Joko Wibowo", .male, (1966, 11, 26), .parent)
        XCTAssertFalse(programs(fiftyNine).contains(.klj))
    }

    func testDisabilityAndPregnancy() {
        var m = Fixtures.member("3171015203880004", "Siti Aminah", .female, (1988, 3, 12), .wife)
        XCTAssertEqual(programs(m), [.pbiJK])
        m.pregnant = true
        m.disability = .physical
        m.severeDisability = true
        let result = ProgramScreening.screen(m, on: today)
        XCTAssertEqual(result.map(\.program), [.pbiJK, .pkh, .kpdj])
        XCTAssertEqual(result[1].reason, "ibu hamil, disabilitas berat")
    }

    func testOrphanRules() {
        var teen = Fixtures.member("3171010510080001", "Ilham Saputra", .male, (2008, 10, 5), .child)
        teen.orphan = .fatherDied
        XCTAssertTrue(programs(teen).contains(.kparj))
        var youth = Fixtures.member("3171010510050001", "Ayu Saputra", .female, (2005, 10, 5), .child)
        youth.orphan = .bothDied
        XCTAssertTrue(programs(youth).contains(.kparj), "unmarried and 21")
        youth.maritalStatus = .marriedRegistered
        XCTAssertFalse(programs(youth).contains(.kparj))
    }

    func testUniversityStudentGetsKJMU() {
        var m = Fixtures.member("3171010510050001", "Ayu Saputra", .female, (2005, 10, 5), .child)
        m.schooling = .university
        XCTAssertTrue(programs(m).contains(.kjmu))
        XCTAssertFalse(programs(m).contains(.kjpPlus))
    }
}
