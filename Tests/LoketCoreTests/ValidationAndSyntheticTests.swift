import LoketCore
import XCTest

final class HouseholdValidationTests: XCTestCase {
    func testGoodFamilyHasNoErrors() {
        let report = HouseholdValidation.check(Fixtures.family(), today: Fixtures.today)
        XCTAssertEqual(report.errors, [])
        XCTAssertTrue(report.canSave)
    }

    func testSameNIKTwiceInOneKKIsAnError() {
        var h = Fixtures.family()
        h.members[2].nik = h.members[1].nik
        XCTAssertTrue(HouseholdValidation.check(h, today: Fixtures.today).errors.contains { $0.contains("sudah ada di KK yang sama") })
    }

    func testMissingHeadUnansweredCriteriaAndBadRT() {
        var h = Fixtures.family()
        h.members[0].relationship = .otherRelative
        h.criteria[.ownsCar] = nil
        h.rt = "12a"
        let errors = HouseholdValidation.check(h, today: Fixtures.today).errors
        XCTAssertTrue(errors.contains("Belum ada Kepala Keluarga."))
        XCTAssertTrue(errors.contains("Kriteria 4 belum dijawab."))
        XCTAssertTrue(errors.contains("RT harus 1–3 angka."))
    }

    func testMismatchIsAWarningNotAnError() {
        var h = Fixtures.family()
        h.members[0].sex = .female
        let report = HouseholdValidation.check(h, today: Fixtures.today)
        XCTAssertTrue(report.canSave)
        XCTAssertTrue(report.warnings.contains { $0.contains("Jenis kelamin di NIK Laki-laki") })
    }

    func testNIKRegisteredInAnotherFamilyIsADuplicateCandidate() throws {
        var state = DeskState()
        try state.apply(EventEnvelope(operatorID: 1, event: .householdRegistered(HouseholdRegistration(
            householdID: 1, number: state.nextRegistrationNumber(year: 2026), household: Fixtures.family(), registeredOn: Fixtures.today))), timestamp: 1)
        let other = Fixtures.family(kk: "3171012001240009")
        let report = HouseholdValidation.check(other, today: Fixtures.today, desk: state)
        XCTAssertEqual(report.duplicates.count, 4)
        XCTAssertEqual(report.duplicates[0].registrations, [state.household(id: 1)!.number])
        XCTAssertEqual(HouseholdValidation.check(Fixtures.family(), today: Fixtures.today, desk: state, editingID: 1).duplicates, [])
    }
}

final class SyntheticDataTests: XCTestCase {
    func testSameSeedSameFamiliesAndAllValid() {
        var a = SyntheticData(seed: 42, today: Fixtures.today, kelurahanCode: "3171011001")
        var b = SyntheticData(seed: 42, today: Fixtures.today, kelurahanCode: "3171011001")
        var niks = Set<String>()
        for _ in 0..<300 {
            let h = a.household()
            XCTAssertEqual(h, b.household())
            let report = HouseholdValidation.check(h, today: Fixtures.today)
            XCTAssertEqual(report.errors, [], "\(h)")
            XCTAssertTrue(report.warnings.isEmpty, "\(report.warnings)")
            for m in h.members { XCTAssertTrue(niks.insert(m.nik).inserted) }
        }
        var c = SyntheticData(seed: 43, today: Fixtures.today, kelurahanCode: "3171011001")
        var d = SyntheticData(seed: 42, today: Fixtures.today, kelurahanCode: "3171011001")
        XCTAssertNotEqual(c.household(), d.household())
    }
}
