import LoketCore
import XCTest

final class EventCodingTests: XCTestCase {
    func roundTrip(_ event: DeskEvent, file: StaticString = #filePath, line: UInt = #line) throws {
        let envelope = EventEnvelope(operatorID: 3, event: event)
        XCTAssertEqual(try EventEnvelope.decode(envelope.encoded()), envelope, file: file, line: line)
    }

    func testEveryEventRoundTrips() throws {
        var h = Fixtures.family()
        h.members[1].disability = .sensory
        h.members[1].pregnant = true
        h.economy.assets = [.motorcycle, .gold]
        h.housing.floorArea = 36
        try roundTrip(.deskCreated(DeskProfile(name: "Loket Gambir 1", kelurahanCode: "3171011001")))
        try roundTrip(.operatorAdded(OperatorAccount(id: 1, name: "Rina Pendamsos", pinHash: "$argon2id$v=19$...")))
        try roundTrip(.operatorSignedIn(operatorID: 1))
        try roundTrip(.householdRegistered(HouseholdRegistration(
            householdID: 1, number: RegistrationNumber(year: 26, serial: 1), household: h,
            registeredOn: Fixtures.today, acknowledgedDuplicates: ["3171011708850003"], warnings: ["peringatan"])))
        try roundTrip(.householdCorrected(HouseholdCorrection(householdID: 1, household: h, reason: "salah ketik")))
        try roundTrip(.statusRecorded(StatusUpdate(householdID: 1, nik: nil, status: PersonStatus(stage: .musyawarahKelurahan, outcome: .layak, note: "ok"))))
        try roundTrip(.statusRecorded(StatusUpdate(householdID: 1, nik: "3171011708850003", status: PersonStatus(stage: .pemadananDukcapil))))
        try roundTrip(.nikRevealed(householdID: 1, nik: "3171011708850003", screen: "cek"))
        try roundTrip(.receiptPrinted(householdID: 1, file: "/tmp/x.txt"))
    }

    func testUnicodeNamesSurvive() throws {
        var h = Fixtures.family()
        h.members[0].name = "Ma'ruf Dédé 王"
        let e = EventEnvelope(operatorID: 1, event: .householdCorrected(HouseholdCorrection(householdID: 1, household: h, reason: "")))
        XCTAssertEqual(try EventEnvelope.decode(e.encoded()), e)
    }

    func testTruncatedOrUnknownPayloadIsRefused() {
        let bytes = EventEnvelope(operatorID: 1, event: .operatorSignedIn(operatorID: 7)).encoded()
        XCTAssertThrowsError(try EventEnvelope.decode(Array(bytes.dropLast())))
        var unknown = bytes
        unknown[2] = 200
        XCTAssertThrowsError(try EventEnvelope.decode(unknown))
        var badVersion = bytes
        badVersion[0] = 99
        XCTAssertThrowsError(try EventEnvelope.decode(badVersion))
    }

    func testVarintsAndNegativeNumbers() throws {
        var w = ByteWriter()
        for v in [0, 1, -1, 127, 128, -65, Int.max, Int.min] { w.int(v) }
        let bytes = w.bytes
        try bytes.withUnsafeBytes { buf in
            var r = ByteReader(buf)
            for v in [0, 1, -1, 127, 128, -65, Int.max, Int.min] { XCTAssertEqual(try r.int(), v) }
            XCTAssertTrue(r.isAtEnd)
        }
    }
}
