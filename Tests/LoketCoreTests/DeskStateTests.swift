import LoketCore
import XCTest

final class DeskStateTests: XCTestCase {
    func register(_ h: Household, in state: inout DeskState, id: Int? = nil, at t: Int64 = 1000) throws {
        let hid = id ?? state.nextHouseholdID
        try state.apply(EventEnvelope(operatorID: 1, event: .householdRegistered(HouseholdRegistration(
            householdID: hid, number: state.nextRegistrationNumber(year: 2026), household: h, registeredOn: Fixtures.today))),
                        timestamp: t)
    }

    func testSetUpNeedsProfileAndOperator() throws {
        var state = DeskState()
        XCTAssertFalse(state.isSetUp)
        try state.apply(EventEnvelope(operatorID: 0, event: .deskCreated(DeskProfile(name: "Loket 1", kelurahanCode: "3171011001"))), timestamp: 1)
        XCTAssertFalse(state.isSetUp)
        try state.apply(EventEnvelope(operatorID: 0, event: .operatorAdded(OperatorAccount(id: 1, name: "Rina", pinHash: "h"))), timestamp: 2)
        XCTAssertTrue(state.isSetUp)
        XCTAssertThrowsError(try state.apply(EventEnvelope(operatorID: 0, event: .operatorAdded(OperatorAccount(id: 1, name: "X", pinHash: "h"))), timestamp: 3))
    }

    func testRegistrationIsFoundByNumberAndNIK() throws {
        var state = DeskState()
        try register(Fixtures.family(), in: &state)
        let record = try XCTUnwrap(state.household(id: 1))
        XCTAssertEqual(state.household(number: record.number)?.id, 1)
        XCTAssertEqual(state.households(withNIK: "3171015203880004").map(\.id), [1])
        XCTAssertEqual(state.households(withNIK: "3171015203880004", excluding: 1), [])
        XCTAssertEqual(state.personCount, 4)
        XCTAssertEqual(record.status(of: "3171015203880004").stage, .pendaftaran)
    }

    func testOutOfOrderHouseholdIsRefused() {
        var state = DeskState()
        XCTAssertThrowsError(try register(Fixtures.family(), in: &state, id: 5))
    }

    func testCorrectionKeepsHistoryAndReindexes() throws {
        var state = DeskState()
        try register(Fixtures.family(), in: &state)
        state.finishLoading()
        var fixed = Fixtures.family(kk: "3171012001240009")
        fixed.members[0].name = "Budiman Santoso"
        try state.apply(EventEnvelope(operatorID: 2, event: .householdCorrected(HouseholdCorrection(householdID: 1, household: fixed, reason: "KK baru"))), timestamp: 2000)
        let record = try XCTUnwrap(state.household(id: 1))
        XCTAssertEqual(record.versions.count, 2)
        XCTAssertEqual(record.versions[0].household.members[0].name, "Budi Santoso")
        XCTAssertEqual(record.current.members[0].name, "Budiman Santoso")
        XCTAssertEqual(record.versions[1].reason, "KK baru")
        XCTAssertEqual(record.versions[1].operatorID, 2)
        XCTAssertEqual(record.kkHistory, ["3171011503150007", "3171012001240009"])
        XCTAssertEqual(state.find("budiman").hits.count, 1)
        XCTAssertEqual(state.find("budi s").hits.count, 1, "the new name still starts with budi")
        XCTAssertEqual(state.find("3171011503150007").hits.count, 4, "found under the old KK number too")
    }

    func testStatusForOnePersonOrWholeFamily() throws {
        var state = DeskState()
        try register(Fixtures.family(), in: &state)
        try state.apply(EventEnvelope(operatorID: 1, event: .statusRecorded(StatusUpdate(householdID: 1, nik: nil, status: PersonStatus(stage: .pemadananDukcapil)))), timestamp: 3)
        try state.apply(EventEnvelope(operatorID: 1, event: .statusRecorded(StatusUpdate(householdID: 1, nik: "3171015203880004", status: PersonStatus(stage: .musyawarahKelurahan, outcome: .layak)))), timestamp: 4)
        let record = try XCTUnwrap(state.household(id: 1))
        XCTAssertEqual(record.status(of: "3171011708850003").stage, .pemadananDukcapil)
        XCTAssertEqual(record.status(of: "3171015203880004").outcome, .layak)
        XCTAssertThrowsError(try state.apply(EventEnvelope(operatorID: 1, event: .statusRecorded(StatusUpdate(householdID: 9, nik: nil, status: PersonStatus(stage: .pendaftaran)))), timestamp: 5))
    }
}
