import LoketCore
import XCTest

extension MusyawarahFixture {
    mutating func strike(_ attendeeID: Int, _ reason: String = "salah catat") throws {
        try m(.attendeeStruck(sessionID: session.id, attendeeID: attendeeID, reason: reason))
    }

    /// Opens a session with `voting` invited RT/RW chairs (ids 1...) and a pendamping sosial and a
    /// pendata after them; `arrivedVoting` chairs and both facilitators arrive.
    mutating func openWithFacilitators(voting: Int, arrivedVoting: Int, facilitatorsVote: Bool) throws {
        var setup = Self.setup(book.nextSessionID)
        setup.facilitatorsVote = facilitatorsVote
        try m(.sessionOpened(setup))
        let sid = session.id
        for i in 1...voting { try m(.attendeeAdded(sessionID: sid, Attendee(id: i, name: "Ketua RT \(i)", role: .rtRwChair))) }
        try m(.attendeeAdded(sessionID: sid, Attendee(id: voting + 1, name: "Rina", role: .pendamsos)))
        try m(.attendeeAdded(sessionID: sid, Attendee(id: voting + 2, name: "Joko", role: .pendata)))
        for i in Array(1...max(1, arrivedVoting)).prefix(arrivedVoting) + [voting + 1, voting + 2] {
            try m(.attendeeArrived(sessionID: sid, attendeeID: i))
        }
    }
}

final class MusyawarahStrikeTests: XCTestCase {
    func testStruckNamesLeaveTheQuorumFromThenOn() throws {
        var f = try MusyawarahFixture(families: 2)
        try f.open(invited: 10, arrived: 6)
        // Two thirds of 10 is 7: no quorum with 6.
        XCTAssertEqual(f.session.quorumRequired, 7)
        assertRefused(.noQuorum(present: 6, required: 7)) { try f.decide(1, .layak) }
        // Two of the absent invitees were entered by mistake: two thirds of 8 is 6.
        try f.strike(9)
        try f.strike(10, "nama ganda")
        XCTAssertEqual(f.session.invitedCount, 8)
        XCTAssertEqual(f.session.quorumBase, 8)
        XCTAssertEqual(f.session.quorumRequired, 6)
        XCTAssertTrue(f.session.hasQuorum)
        try f.decide(1, .layak)
        XCTAssertEqual(f.session.strike(of: 10)?.reason, "nama ganda")
        XCTAssertEqual(f.session.attendees.count, 10, "a struck name stays on the list")
    }

    func testStrikingSomeoneMarkedPresentTakesThemOutOfTheCountAndTheVote() throws {
        var f = try MusyawarahFixture(families: 1)
        try f.open(invited: 6, arrived: 6)
        try f.strike(6)
        XCTAssertFalse(f.session.isPresent(6))
        XCTAssertEqual(f.session.presentCount, 5)
        XCTAssertEqual(f.session.quorumPresent, 5)
        XCTAssertEqual(f.session.presenceLog.count, 6, "the arrival as entered stays in the log")
        // 5 voters now: a count of 6 is refused, a count of 5 carries.
        assertRefused(.badVote("Jumlah suara 6, padahal yang berhak memberi suara 5 orang.")) {
            try f.decide(1, .layak, .vote(VoteCount(inFavour: 4, against: 1, abstain: 1)))
        }
        assertRefused(.recusedNotPresent(6)) { try f.decide(1, .layak, recused: [6]) }
        try f.decide(1, .layak, .vote(VoteCount(inFavour: 3, against: 1, abstain: 1)))
    }

    func testTheFoldRefusesStrikingSomeoneWhoTookPartInADecision() throws {
        var f = try MusyawarahFixture(families: 2)
        try f.open(invited: 5, arrived: 4)
        try f.decide(1, .layak, recused: [2])
        assertRefused(.attendeeTookPart("Peserta 1")) { try f.strike(1) }
        // A recusal is taking part too.
        assertRefused(.attendeeTookPart("Peserta 2")) { try f.strike(2) }
        // Absent at the decision: may still be struck, also after arriving later.
        try f.m(.attendeeArrived(sessionID: 1, attendeeID: 5))
        try f.strike(5)
        // Someone who left before a later decision still took part in the earlier one.
        try f.m(.attendeeLeft(sessionID: 1, attendeeID: 3))
        assertRefused(.attendeeTookPart("Peserta 3")) { try f.strike(3) }
        XCTAssertEqual(f.session.strikes.map(\.attendeeID), [5])
    }

    func testStrikeRefusals() throws {
        var f = try MusyawarahFixture(families: 1)
        try f.open(invited: 3, arrived: 1)
        assertRefused(.missingReason) { try f.strike(2, "  ") }
        assertRefused(.unknownAttendee(9)) { try f.strike(9) }
        try f.strike(2)
        assertRefused(.attendeeStruck("Peserta 2")) { try f.strike(2) }
        assertRefused(.attendeeStruck("Peserta 2")) { try f.m(.attendeeArrived(sessionID: 1, attendeeID: 2)) }
        try f.m(.sessionClosed(sessionID: 1, seal: [], eventCount: f.session.sealedEventCount))
        assertRefused(.sessionClosed(1)) { try f.strike(3) }
    }

    func testAStrikeIsSealedWithTheSession() throws {
        var f = try MusyawarahFixture(families: 1)
        try f.open(invited: 3, arrived: 3)
        let before = f.session.sealedEventCount
        try f.strike(3)
        XCTAssertEqual(f.session.sealedEventCount, before + 1)
    }
}

final class MusyawarahFacilitatorVoteTests: XCTestCase {
    func testFacilitatorsWithoutAVoteArePresentButOutsideTheQuorumAndTheCount() throws {
        var f = try MusyawarahFixture(families: 2)
        try f.openWithFacilitators(voting: 5, arrivedVoting: 3, facilitatorsVote: false)
        let s = f.session
        XCTAssertEqual(s.presentCount, 5, "both facilitators are recorded as present")
        XCTAssertEqual(s.invitedCount, 7)
        XCTAssertEqual(s.quorumBase, 5)
        XCTAssertEqual(s.quorumPresent, 3)
        XCTAssertEqual(s.quorumRequired, 4)
        XCTAssertFalse(s.hasQuorum, "3 of 5 voting invitees; the facilitators do not make up the difference")
        try f.m(.attendeeArrived(sessionID: 1, attendeeID: 4))
        XCTAssertEqual(f.session.presentVoters.map(\.id), [1, 2, 3, 4])
        assertRefused(.badVote("Jumlah suara 6, padahal yang berhak memberi suara 4 orang.")) {
            try f.decide(1, .layak, .vote(VoteCount(inFavour: 4, against: 1, abstain: 1)))
        }
        assertRefused(.recusedNotVoter("Rina")) { try f.decide(1, .layak, recused: [6]) }
        try f.decide(1, .layak, .vote(VoteCount(inFavour: 3, against: 1, abstain: 0)))
        // They did not vote, so a facilitator entered by mistake can still be struck.
        try f.strike(7)
        XCTAssertEqual(f.session.presentCount, 5)
    }

    func testFacilitatorsWithAVoteCountLikeEveryone() throws {
        var f = try MusyawarahFixture(families: 1)
        try f.openWithFacilitators(voting: 5, arrivedVoting: 3, facilitatorsVote: true)
        XCTAssertEqual(f.session.quorumBase, 7)
        XCTAssertEqual(f.session.quorumPresent, 5)
        XCTAssertEqual(f.session.quorumRequired, 5)
        XCTAssertTrue(f.session.hasQuorum)
        try f.decide(1, .layak, .vote(VoteCount(inFavour: 3, against: 1, abstain: 0)), recused: [6])
        assertRefused(.attendeeTookPart("Joko")) { try f.strike(7) }
    }

    func testNewSessionsDefaultToFacilitatorsNotVoting() {
        XCTAssertFalse(MusyawarahFixture.setup().facilitatorsVote)
    }
}

final class MusyawarahLaterSessionCorrectionTests: XCTestCase {
    /// Session 1 (closed): family 1 layak, family 2 tunda. Session 2 (open) decides family 2.
    func twoSessions() throws -> MusyawarahFixture {
        var f = try MusyawarahFixture(families: 3)
        try f.open(invited: 3, arrived: 3)
        try f.decide(1, .layak)
        try f.decide(2, .tunda(reason: "Menunggu surat RT"))
        try f.m(.sessionClosed(sessionID: 1, seal: [], eventCount: f.session.sealedEventCount))
        try f.open(invited: 3, arrived: 3)
        try f.decide(2, .tidakLayak(.ownsCar))
        return f
    }

    func correction(_ householdID: Int, _ verdict: Verdict = .layak) -> MusyawarahEvent {
        .decisionCorrected(sessionID: 1, DecisionCorrection(householdID: householdID, verdict: verdict,
                                                            reason: "Surat RT sudah ada", date: Fixtures.today))
    }

    func testACorrectionContradictingALaterSessionIsRefusedNamingIt() throws {
        let f = try twoSessions()
        let expected = MusyawarahError.decidedInLaterSession(householdID: 2, sessionID: 2, date: Fixtures.today)
        assertRefused(expected) { try f.book.check(self.correction(2)) }
        assertRefused(expected) { try f.book.check([self.correction(1, .tidakLayak(.ownsCar)), self.correction(2)]) }
        XCTAssertTrue(expected.message.contains("musyawarah nomor 2"), expected.message)
        // A family the later session did not touch can still be corrected.
        try f.book.check(correction(1, .tidakLayak(.ownsCar)))
    }

    func testAClosedLaterSessionStillCounts() throws {
        var f = try twoSessions()
        try f.m(.sessionClosed(sessionID: 2, seal: [], eventCount: f.session.sealedEventCount))
        assertRefused(.decidedInLaterSession(householdID: 2, sessionID: 2, date: Fixtures.today)) {
            try f.book.check(self.correction(2, .tidakLayak(.ownsCar)))
        }
    }

    /// A journal written before the rule may already hold such a correction: it must still open, and
    /// the contradiction is kept for both berita acara to show.
    func testAnOldJournalWithSuchACorrectionStillFoldsAndIsFlagged() throws {
        var f = try twoSessions()
        try f.m(correction(2))
        let conflict = try XCTUnwrap(f.book.conflicts.first)
        XCTAssertEqual(f.book.conflicts.count, 1)
        XCTAssertEqual([conflict.sessionID, conflict.correctionIndex, conflict.householdID, conflict.laterSessionID], [1, 0, 2, 2])
        XCTAssertEqual(f.book.session(id: 1)?.verdict(of: 2), .layak)
    }
}

final class MusyawarahSetupCodingTests: XCTestCase {
    /// A session-opened event exactly as the first release wrote it (tag 1, no voting-rights field).
    static let firstLayout: [UInt8] = MusyawarahFirstLayout.bytes

    func testTheFirstLayoutStillDecodesAsFacilitatorsVotingAndEncodesToTheSameBytes() throws {
        let event = try MusyawarahEvent.decode(Self.firstLayout)
        guard case .sessionOpened(let setup) = event else { return XCTFail("expected a session opening, got \(event)") }
        XCTAssertTrue(setup.facilitatorsVote, "before the setting existed facilitators voted")
        XCTAssertEqual(setup.place, "Aula Kelurahan Gambir")
        XCTAssertEqual(setup.quorum, .twoThirds)
        XCTAssertEqual(event.encoded(), Self.firstLayout, "the same bytes, so old seals still verify")
    }

    func testTheSettingRoundTripsUnderItsOwnTag() throws {
        var setup = MusyawarahFixture.setup()
        setup.facilitatorsVote = false
        let bytes = MusyawarahEvent.sessionOpened(setup).encoded()
        XCTAssertEqual(bytes.first, 11)
        XCTAssertEqual(try MusyawarahEvent.decode(bytes), .sessionOpened(setup))
        setup.facilitatorsVote = true
        XCTAssertEqual(MusyawarahEvent.sessionOpened(setup).encoded().first, 1)
        XCTAssertEqual(try MusyawarahEvent.decode(MusyawarahEvent.sessionOpened(setup).encoded()), .sessionOpened(setup))
    }

    func testAStrikeRoundTrips() throws {
        let e = MusyawarahEvent.attendeeStruck(sessionID: 3, attendeeID: 12, reason: "salah catat")
        let envelope = EventEnvelope(operatorID: 2, event: .musyawarah(e))
        XCTAssertEqual(try EventEnvelope.decode(envelope.encoded()), envelope)
        XCTAssertEqual(e.encoded().first, 12)
    }
}

/// Written by the first release (before the voting-rights setting): session 1, 25-11-2026, "09.00",
/// Aula Kelurahan Gambir, 3171011001, chair and secretary, consensus-then-majority, 2/3, decision order.
enum MusyawarahFirstLayout {
    static let bytes: [UInt8] = [
        0x01, 0x01, 0xdc, 0xc4, 0x02, 0x05, 0x30, 0x39, 0x2e, 0x30, 0x30, 0x15, 0x41, 0x75, 0x6c, 0x61, 0x20, 0x4b,
        0x65, 0x6c, 0x75, 0x72, 0x61, 0x68, 0x61, 0x6e, 0x20, 0x47, 0x61, 0x6d, 0x62, 0x69, 0x72, 0x0a, 0x33, 0x31,
        0x37, 0x31, 0x30, 0x31, 0x31, 0x30, 0x30, 0x31, 0x10, 0x44, 0x72, 0x73, 0x2e, 0x20, 0x41, 0x68, 0x6d, 0x61,
        0x64, 0x20, 0x46, 0x61, 0x75, 0x7a, 0x69, 0x0c, 0x44, 0x65, 0x77, 0x69, 0x20, 0x4c, 0x65, 0x73, 0x74, 0x61,
        0x72, 0x69, 0x01, 0x02, 0x03, 0x01,
    ]
}
