import LoketCore
import XCTest

/// The fold: the completeness gate, statuses, the 14-day clock, contradictions refused, coding.
final class AppealBookTests: XCTestCase {
    let today = Fixtures.today
    let person = AppealPerson(nik: "3171011708850003", name: "Budi Santoso", kkNumber: "3171011503150007",
                              householdID: 1, statusReceived: "Tidak dapat diusulkan: memiliki mobil")

    private func filing(_ docs: [AppealDocument], id: Int = 1, reason: AppealReason = .ownsCar,
                        addressCase: AddressCase? = nil, on date: CivilDate? = nil) -> AppealEvent {
        let date = date ?? today
        return .filed(AppealFiling(appealID: id, number: AppealNumber(year: date.year, serial: id), person: person,
                                   reason: reason, addressCase: addressCase, filedOn: date,
                                   documents: docs.map { ReceivedDocument($0, letterNumber: $0.hasLetterDetails ? "12/RT/2026" : "",
                                                                          letterDate: $0.hasLetterDetails ? date : nil, receivedOn: date) }))
    }

    private func state(_ events: [AppealEvent]) throws -> DeskState {
        var s = DeskState()
        for (i, e) in events.enumerated() { try s.apply(EventEnvelope(operatorID: 1, event: .appeal(e)), timestamp: Int64(i)) }
        return s
    }

    func testAllDocumentsTickedIsCompleteAndStartsTheClock() throws {
        let a = try XCTUnwrap(try state([filing([.samsatNoCar, .rtRwLetter, .kkCopy])]).appeals.appeal(id: 1))
        XCTAssertEqual(a.status, .complete)
        XCTAssertEqual(a.status.label, "diterima lengkap")
        XCTAssertEqual(a.missing, [])
        XCTAssertEqual(a.completedOn, today)
        XCTAssertEqual(a.deadline, CivilDate(year: 2026, month: 12, day: 9))
        XCTAssertEqual(a.daysLeft(on: today), 14)
    }

    func testAMissingDocumentKeepsItIncompleteWithNoClock() throws {
        let a = try XCTUnwrap(try state([filing([.samsatNoCar, .kkCopy])]).appeals.appeal(id: 1))
        XCTAssertEqual(a.status, .incomplete)
        XCTAssertEqual(a.status.label, "belum lengkap")
        XCTAssertEqual(a.missing, [.rtRwLetter])
        XCTAssertNil(a.deadline)
        XCTAssertNil(a.daysLeft(on: today))
        XCTAssertFalse(a.isOverdue(on: today.adding(days: 100)))
    }

    func testComingBackWithTheMissingLetterCompletesOnThatDay() throws {
        let back = today.adding(days: 6)
        let s = try state([filing([.samsatNoCar, .kkCopy]),
                           .documentsAdded(appealID: 1, documents: [ReceivedDocument(.rtRwLetter, letterNumber: "7/RW", letterDate: back, receivedOn: back)], on: back)])
        let a = try XCTUnwrap(s.appeals.appeal(id: 1))
        XCTAssertEqual(a.status, .complete)
        XCTAssertEqual(a.completedOn, back, "the clock starts at complete intake, not at the first visit")
        XCTAssertEqual(a.deadline, back.adding(days: 14))
        XCTAssertEqual(a.documents.count, 3, "earlier documents are kept")
        XCTAssertEqual(a.history.count, 2)
    }

    func testVerificationAndDecision() throws {
        let s = try state([filing([.samsatNoCar, .rtRwLetter, .kkCopy]),
                           .verificationStarted(appealID: 1, on: today.adding(days: 1)),
                           .decided(appealID: 1, decision: AppealDecision(outcome: .rejected, reason: "Mobil masih atas nama", on: today.adding(days: 10)))])
        let a = try XCTUnwrap(s.appeals.appeal(id: 1))
        XCTAssertEqual(a.status, .rejected)
        XCTAssertEqual(a.decision?.reason, "Mobil masih atas nama")
        XCTAssertNil(a.daysLeft(on: today), "no clock once decided")
        XCTAssertEqual(a.history.count, 3)
    }

    func testOverdueAfterTheFourteenthDay() throws {
        let a = try XCTUnwrap(try state([filing([.sktm, .kkCopy], reason: .consideredAble)]).appeals.appeal(id: 1))
        XCTAssertFalse(a.isOverdue(on: today.adding(days: 14)))
        XCTAssertEqual(a.daysLeft(on: today.adding(days: 14)), 0)
        XCTAssertTrue(a.isOverdue(on: today.adding(days: 15)))
        XCTAssertEqual(a.daysLeft(on: today.adding(days: 15)), -1)
    }

    func testTheClockAcrossMonthEndsAndLeapDays() {
        func deadline(_ y: Int, _ m: Int, _ d: Int) -> String {
            CivilDate(year: y, month: m, day: d)!.adding(days: Appeal.verificationDays).description
        }
        XCTAssertEqual(deadline(2026, 11, 25), "09-12-2026")
        XCTAssertEqual(deadline(2026, 12, 20), "03-01-2027", "across the year end")
        XCTAssertEqual(deadline(2028, 2, 20), "05-03-2028", "2028 is a leap year: 29 February counts")
        XCTAssertEqual(deadline(2027, 2, 20), "06-03-2027", "2027 is not")
        XCTAssertEqual(deadline(2100, 2, 20), "06-03-2100", "2100 is not a leap year")
        XCTAssertEqual(deadline(2000, 2, 20), "05-03-2000", "2000 is")
        XCTAssertEqual(deadline(2028, 2, 15), "29-02-2028", "the deadline can be the leap day itself")
        XCTAssertEqual(deadline(2026, 1, 31), "14-02-2026")
        XCTAssertEqual(deadline(2026, 4, 30), "14-05-2026")
    }

    func testDaysLeftCountsTheLeapDay() throws {
        let filed = CivilDate(year: 2028, month: 2, day: 20)!
        let a = try XCTUnwrap(try state([filing([.samsatNoCar, .rtRwLetter, .kkCopy], on: filed)]).appeals.appeal(id: 1))
        XCTAssertEqual(a.daysLeft(on: CivilDate(year: 2028, month: 3, day: 1)!), 4)
        XCTAssertTrue(a.isOverdue(on: CivilDate(year: 2028, month: 3, day: 6)!))
    }

    func testAddressSubCasesHaveTheirOwnLists() throws {
        let s = try state([filing([.domicileFromRtRw, .kkCopy], id: 1, reason: .address, addressCase: .notMoved),
                           filing([.domicileFromCurrentRtRw, .kkCopy], id: 2, reason: .address, addressCase: .movedWithinJakarta)])
        XCTAssertEqual(s.appeals.appeal(id: 1)?.status, .complete)
        XCTAssertEqual(s.appeals.appeal(id: 2)?.missing, [.letterFromOldRtRw])
    }

    func testContradictionsAreRefused() throws {
        XCTAssertThrowsError(try state([filing([.kkCopy], id: 2)]), "ids are gapless")
        XCTAssertThrowsError(try state([filing([], reason: .address, addressCase: .movedOutOfJakarta)]), "moved out cannot be filed")
        XCTAssertThrowsError(try state([filing([], reason: .address)]), "address needs its sub-case")
        XCTAssertThrowsError(try state([filing([.sktm])]), "not on this reason's list")
        XCTAssertThrowsError(try state([filing([.kkCopy, .kkCopy])]), "the same document twice")
        XCTAssertThrowsError(try state([.documentsAdded(appealID: 1, documents: [], on: today)]), "unknown appeal")
        let complete = filing([.samsatNoCar, .rtRwLetter, .kkCopy])
        XCTAssertThrowsError(try state([complete, .documentsAdded(appealID: 1, documents: [ReceivedDocument(.kkCopy, receivedOn: today)], on: today)]))
        XCTAssertThrowsError(try state([filing([.kkCopy]), .verificationStarted(appealID: 1, on: today)]), "incomplete cannot go to verification")
        XCTAssertThrowsError(try state([filing([.kkCopy]), .decided(appealID: 1, decision: AppealDecision(outcome: .accepted, reason: "x", on: today))]))
        let decided = AppealEvent.decided(appealID: 1, decision: AppealDecision(outcome: .accepted, reason: "x", on: today))
        XCTAssertThrowsError(try state([complete, decided, decided]), "decided only once")
    }

    func testAPersonAppealingAgainFindsTheEarlierAppeal() throws {
        let s = try state([filing([.kkCopy], id: 1), filing([.kkCopy], id: 2, reason: .consideredAble)])
        XCTAssertEqual(s.appeals.earlier(nik: person.nik, reason: .ownsCar)?.id, 1)
        XCTAssertEqual(s.appeals.earlier(nik: person.nik, reason: .consideredAble)?.id, 2)
        XCTAssertNil(s.appeals.earlier(nik: person.nik, reason: .deceased))
        XCTAssertNil(s.appeals.earlier(nik: "3171015203880004", reason: .ownsCar))
        XCTAssertEqual(s.appeals.appeals(nik: person.nik).count, 2)
        XCTAssertEqual(s.appeals.appeal(number: AppealNumber(year: 2026, serial: 2))?.reason, .consideredAble)
        XCTAssertNil(s.appeals.appeal(number: AppealNumber(year: 2025, serial: 2)))
    }

    func testVisitsAreRecorded() throws {
        let s = try state([.visitRecorded(AppealVisit(person: person, reason: .address, addressCase: .movedOutOfJakarta, on: today))])
        XCTAssertEqual(s.appeals.visits.count, 1)
        XCTAssertEqual(s.appeals.appeals.count, 0)
    }

    func testEveryAppealEventRoundTrips() throws {
        let outside = AppealPerson(nik: "3273012001900002", name: "Nur'aini Sitompul", kkNumber: "3273012001900001",
                                   householdID: nil, statusReceived: "Tidak padan Dukcapil")
        let events: [AppealEvent] = [
            filing([.samsatNoCar, .kkCopy]),
            .filed(AppealFiling(appealID: 2, number: AppealNumber(year: 2026, serial: 2), person: outside, reason: .address,
                                addressCase: .movedWithinJakarta, filedOn: today, documents: [])),
            .documentsAdded(appealID: 1, documents: [ReceivedDocument(.rtRwLetter, letterNumber: "7/RW", letterDate: today, receivedOn: today)], on: today),
            .verificationStarted(appealID: 1, on: today),
            .decided(appealID: 1, decision: AppealDecision(outcome: .accepted, reason: "Samsat: tidak ada mobil", on: today)),
            .receiptPrinted(appealID: 1, file: "/tmp/x.txt"),
            .visitRecorded(AppealVisit(person: outside, reason: .address, addressCase: .movedOutOfJakarta, on: today)),
        ]
        for e in events {
            let envelope = EventEnvelope(operatorID: 3, event: .appeal(e))
            XCTAssertEqual(try EventEnvelope.decode(envelope.encoded()), envelope)
        }
        XCTAssertThrowsError(try AppealEvent.decode([99]))
    }
}
