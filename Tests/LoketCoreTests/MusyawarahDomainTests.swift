import LoketCore
import XCTest

/// A desk state with families and one musyawarah, driven through the same fold as the journal.
struct MusyawarahFixture {
    var state = DeskState()
    var clock: Int64 = 10_000

    init(families: Int = 0) throws {
        var gen = SyntheticData(seed: 3, today: Fixtures.today, kelurahanCode: "3171011001")
        for id in 1...max(1, families) where families > 0 {
            try apply(.householdRegistered(HouseholdRegistration(
                householdID: id, number: RegistrationNumber(year: 2026, serial: id), household: gen.household(),
                registeredOn: Fixtures.today)))
        }
    }

    var book: MusyawarahBook { state.musyawarah }
    var session: MusyawarahSession { state.musyawarah.sessions.last! }

    mutating func apply(_ event: DeskEvent, by operatorID: Int = 1) throws {
        clock += 1000
        try state.apply(EventEnvelope(operatorID: operatorID, event: event), timestamp: clock)
    }

    mutating func m(_ event: MusyawarahEvent) throws { try apply(.musyawarah(event)) }

    static func setup(_ id: Int = 1, rule: DecisionRule = .consensusThenMajority, quorum: Quorum = .twoThirds,
                      priority: PriorityRule = .decisionOrder) -> MusyawarahSetup {
        MusyawarahSetup(sessionID: id, date: Fixtures.today, time: "09.00", place: "Aula Kelurahan Gambir",
                        kelurahanCode: "3171011001", chair: "Drs. Ahmad Fauzi", secretary: "Dewi Lestari",
                        rule: rule, quorum: quorum, priority: priority)
    }

    /// Opens session 1 with `invited` invitees (ids 1...) of whom `arrived` have arrived.
    mutating func open(invited: Int, arrived: Int, rule: DecisionRule = .consensusThenMajority,
                       priority: PriorityRule = .decisionOrder) throws {
        try m(.sessionOpened(Self.setup(book.nextSessionID, rule: rule, priority: priority)))
        let sid = session.id
        for i in 1...invited {
            try m(.attendeeAdded(sessionID: sid, Attendee(id: i, name: "Peserta \(i)", role: .rtRwChair)))
        }
        for i in 1...max(1, arrived) where arrived > 0 { try m(.attendeeArrived(sessionID: sid, attendeeID: i)) }
    }

    mutating func decide(_ householdID: Int, _ verdict: Verdict, _ basis: DecisionBasis = .consensus,
                         recused: [Int] = []) throws {
        try m(.decisionRecorded(sessionID: session.id, CandidateDecision(householdID: householdID, verdict: verdict,
                                                                         basis: basis, recused: recused)))
    }
}

func assertRefused(_ expected: MusyawarahError, file: StaticString = #filePath, line: UInt = #line,
                   _ body: () throws -> Void) {
    XCTAssertThrowsError(try body(), file: file, line: line) { error in
        XCTAssertEqual(error as? MusyawarahError, expected, file: file, line: line)
    }
}

final class MusyawarahQuorumTests: XCTestCase {
    func testTwoThirdsOfInviteesRoundsUp() {
        XCTAssertEqual(Quorum.twoThirds.required(invited: 12), 8)
        XCTAssertEqual(Quorum.twoThirds.required(invited: 10), 7)
        XCTAssertEqual(Quorum.twoThirds.required(invited: 1), 1)
        XCTAssertEqual(Quorum.twoThirds.required(invited: 0), 1, "a meeting of nobody is never quorate")
        XCTAssertEqual(Quorum.half.required(invited: 9), 5)
        XCTAssertEqual(Quorum.threeQuarters.required(invited: 8), 6)
        XCTAssertNil(Quorum(numerator: 4, denominator: 3))
    }

    func testArrivalsAndDeparturesChangeTheQuorum() throws {
        var f = try MusyawarahFixture(families: 2)
        try f.open(invited: 9, arrived: 5)
        XCTAssertEqual(f.session.quorumRequired, 6)
        XCTAssertFalse(f.session.hasQuorum)
        assertRefused(.noQuorum(present: 5, required: 6)) { try f.decide(1, .layak) }

        try f.m(.attendeeArrived(sessionID: 1, attendeeID: 6))
        XCTAssertTrue(f.session.hasQuorum)
        try f.decide(1, .layak)

        try f.m(.attendeeLeft(sessionID: 1, attendeeID: 2))
        XCTAssertEqual(f.session.presentCount, 5)
        assertRefused(.noQuorum(present: 5, required: 6)) { try f.decide(2, .layak) }
        XCTAssertEqual(f.session.presenceLog.count, 7)
        assertRefused(.notPresent("Peserta 2")) { try f.m(.attendeeLeft(sessionID: 1, attendeeID: 2)) }
        assertRefused(.alreadyPresent("Peserta 1")) { try f.m(.attendeeArrived(sessionID: 1, attendeeID: 1)) }
    }

    func testUninvitedGuestsVoteButDoNotMakeTheQuorum() throws {
        var f = try MusyawarahFixture(families: 1)
        try f.open(invited: 3, arrived: 1)
        try f.m(.attendeeAdded(sessionID: 1, Attendee(id: 10, name: "Tamu", role: .communityFigure, invited: false)))
        try f.m(.attendeeArrived(sessionID: 1, attendeeID: 10))
        XCTAssertEqual(f.session.invitedCount, 3)
        XCTAssertEqual(f.session.presentCount, 2)
        XCTAssertEqual(f.session.quorumPresent, 1)
        XCTAssertFalse(f.session.hasQuorum)
    }

    func testRecusalsAreExcludedFromTheCount() throws {
        var f = try MusyawarahFixture(families: 2)
        try f.open(invited: 6, arrived: 6)
        // 6 present, 1 recused: 5 voters; the votes must add up to 5.
        assertRefused(.badVote("Jumlah suara 6, padahal yang berhak memberi suara 5 orang.")) {
            try f.decide(1, .layak, .vote(VoteCount(inFavour: 4, against: 1, abstain: 1)), recused: [3])
        }
        try f.decide(1, .layak, .vote(VoteCount(inFavour: 3, against: 1, abstain: 1)), recused: [3])
        XCTAssertEqual(f.session.verdict(of: 1), .layak)
        try f.m(.attendeeLeft(sessionID: 1, attendeeID: 4))
        assertRefused(.recusedNotPresent(4)) { try f.decide(2, .layak, recused: [4]) }
    }
}

final class MusyawarahDecisionRuleTests: XCTestCase {
    func testConsensusThenMajorityNeedsMoreThanHalfOfThoseVoting() {
        let rule = DecisionRule.consensusThenMajority
        XCTAssertEqual(rule.outcome(of: .consensus, voters: 7), .carried)
        XCTAssertEqual(rule.outcome(of: .vote(VoteCount(inFavour: 4, against: 1, abstain: 2)), voters: 7), .carried)
        // Abstentions count as not in favour: 3 of 7 is not a majority of those present.
        XCTAssertEqual(rule.outcome(of: .vote(VoteCount(inFavour: 3, against: 1, abstain: 3)), voters: 7),
                       .notCarried("Setuju 3 dari 7 yang hadir: belum lebih dari separuh."))
    }

    func testSimpleMajorityIgnoresAbstentions() {
        let rule = DecisionRule.simpleMajority
        XCTAssertEqual(rule.outcome(of: .vote(VoteCount(inFavour: 3, against: 1, abstain: 3)), voters: 7), .carried)
        XCTAssertEqual(rule.outcome(of: .vote(VoteCount(inFavour: 1, against: 3, abstain: 3)), voters: 7),
                       .notCarried("Setuju 1, tidak setuju 3: usulan tidak diterima."))
    }

    func testTiesAreNotCarriedUnderEitherRule() {
        let tie = DecisionBasis.vote(VoteCount(inFavour: 3, against: 3, abstain: 0))
        for rule in DecisionRule.allCases {
            XCTAssertEqual(rule.outcome(of: tie, voters: 6), .notCarried("Suara seri (3 lawan 3): usulan tidak diterima."))
        }
    }

    func testMiscountsAndEmptyRoomsAreRefused() {
        let rule = DecisionRule.simpleMajority
        XCTAssertEqual(rule.outcome(of: .consensus, voters: 0), .miscounted("Tidak ada peserta yang berhak memberi suara."))
        if case .miscounted = rule.outcome(of: .vote(VoteCount(inFavour: 2, against: 0, abstain: 0)), voters: 3) {} else {
            XCTFail("a count that does not add up must be refused")
        }
    }

    func testTheFoldRefusesADecisionThatWasNotCarried() throws {
        var f = try MusyawarahFixture(families: 1)
        try f.open(invited: 4, arrived: 4)
        assertRefused(.notCarried("Suara seri (2 lawan 2): usulan tidak diterima.")) {
            try f.decide(1, .layak, .vote(VoteCount(inFavour: 2, against: 2, abstain: 0)))
        }
        XCTAssertNil(f.session.verdict(of: 1))
    }

    func testTundaNeedsAReason() throws {
        var f = try MusyawarahFixture(families: 1)
        try f.open(invited: 3, arrived: 3)
        assertRefused(.missingReason) { try f.decide(1, .tunda(reason: "  ")) }
        try f.decide(1, .tunda(reason: "Data KK belum lengkap"))
        XCTAssertEqual(f.session.verdict(of: 1)?.isFinal, false)
    }

    func testRevisionsAreNewEntriesAndTheHistoryStays() throws {
        var f = try MusyawarahFixture(families: 1)
        try f.open(invited: 3, arrived: 3)
        try f.decide(1, .layak)
        try f.decide(1, .tidakLayak(.notPoorByCommunity))
        XCTAssertEqual(f.session.verdict(of: 1), .tidakLayak(.notPoorByCommunity))
        XCTAssertEqual(f.session.history(of: 1).map(\.decision.verdict), [.layak, .tidakLayak(.notPoorByCommunity)])
        XCTAssertEqual(f.session.decidedOrder, [1])
    }
}

final class MusyawarahQuotaTests: XCTestCase {
    func candidates(_ f: MusyawarahFixture) -> [Int: MusyawarahCandidate] {
        Dictionary(uniqueKeysWithValues: MusyawarahCandidates.build(f.state, on: Fixtures.today).map { ($0.householdID, $0) })
    }

    func testQuotaCutsTheRankedListIntoWithinAndWaiting() throws {
        var f = try MusyawarahFixture(families: 5)
        try f.open(invited: 3, arrived: 3)
        for id in [3, 1, 5, 2] { try f.decide(id, .layak) }
        try f.decide(4, .tidakLayak(.ownsCar))
        try f.m(.quotaSet(sessionID: 1, program: .bpnt, quota: 2))
        let ranking = ProgramRanking.make(.bpnt, session: f.session, candidates: candidates(f))
        XCTAssertEqual(ranking.order, [3, 1, 5, 2], "default rule: the order of decision; tidak layak left out")
        XCTAssertEqual(Array(ranking.withinQuota), [3, 1])
        XCTAssertEqual(Array(ranking.waiting), [5, 2])
        XCTAssertTrue(ranking.isWithinQuota(position: 1))
        XCTAssertFalse(ranking.isWithinQuota(position: 2))
    }

    func testMovingACandidateRecordsTheHeadOfTheOrderOnly() throws {
        var f = try MusyawarahFixture(families: 5)
        try f.open(invited: 3, arrived: 3)
        for id in 1...5 { try f.decide(id, .layak) }
        var ranking = ProgramRanking.make(.bpnt, session: f.session, candidates: candidates(f))
        let order = try XCTUnwrap(ranking.explicitOrder(moving: 2, to: 0))
        XCTAssertEqual(order, [3, 1, 2])
        try f.m(.rankingSet(sessionID: 1, program: .bpnt, order: order))
        ranking = ProgramRanking.make(.bpnt, session: f.session, candidates: candidates(f))
        XCTAssertEqual(ranking.order, [3, 1, 2, 4, 5])
        XCTAssertEqual(ranking.handPlaced, 3)
        // Moving inside the hand-placed head keeps the head's length.
        XCTAssertEqual(ranking.explicitOrder(moving: 1, to: 0), [1, 3, 2])
        XCTAssertNil(ranking.explicitOrder(moving: 0, to: 9))
        // A family that stops being layak drops out of the ranking, wherever it was placed.
        try f.decide(3, .tunda(reason: "Perlu dicek ulang"))
        XCTAssertEqual(ProgramRanking.make(.bpnt, session: f.session, candidates: candidates(f)).order, [1, 2, 4, 5])
        assertRefused(.duplicateInRanking(1)) { try f.m(.rankingSet(sessionID: 1, program: .bpnt, order: [1, 1])) }
    }

    func testNoQuotaMeansEveryoneIsWithin() throws {
        let r = ProgramRanking(program: .pkh, quota: nil, order: [1, 2], handPlaced: 0)
        XCTAssertEqual(Array(r.withinQuota), [1, 2])
        XCTAssertTrue(r.waiting.isEmpty)
    }

    func testPriorityRuleOrdersTheLayakCandidates() throws {
        var f = try MusyawarahFixture(families: 40)
        try f.open(invited: 3, arrived: 3, priority: .largestFamilyFirst)
        for id in 1...40 { try f.decide(id, .layak) }
        let c = candidates(f)
        let order = ProgramRanking.make(.bpnt, session: f.session, candidates: c).order
        let sizes = order.map { c[$0]!.memberCount }
        XCTAssertEqual(sizes, sizes.sorted(by: >))
        XCTAssertNotEqual(order, Array(1...40), "the fixture must have families of different sizes")
    }
}

final class MusyawarahLockTests: XCTestCase {
    func closedFixture() throws -> MusyawarahFixture {
        var f = try MusyawarahFixture(families: 3)
        try f.open(invited: 3, arrived: 3)
        try f.decide(1, .layak)
        try f.decide(2, .tunda(reason: "Menunggu surat RT"))
        try f.m(.sessionClosed(sessionID: 1, seal: Array(repeating: 7, count: 32), eventCount: f.session.sealedEventCount))
        return f
    }

    func testClosingMustCoverEveryEvent() throws {
        var f = try MusyawarahFixture(families: 1)
        try f.open(invited: 2, arrived: 2)
        let count = f.session.sealedEventCount
        assertRefused(.sealMismatch(expectedEvents: count - 1, found: count)) {
            try f.m(.sessionClosed(sessionID: 1, seal: [], eventCount: count - 1))
        }
    }

    func testAClosedSessionRefusesEveryChange() throws {
        var f = try closedFixture()
        let before = f.session
        let changes: [MusyawarahEvent] = [
            .attendeeAdded(sessionID: 1, Attendee(id: 9, name: "Baru", role: .other)),
            .attendeeArrived(sessionID: 1, attendeeID: 1),
            .attendeeLeft(sessionID: 1, attendeeID: 1),
            .decisionRecorded(sessionID: 1, CandidateDecision(householdID: 3, verdict: .layak, basis: .consensus)),
            .decisionRecorded(sessionID: 1, CandidateDecision(householdID: 1, verdict: .tidakLayak(.ownsCar), basis: .consensus)),
            .quotaSet(sessionID: 1, program: .pkh, quota: 3),
            .rankingSet(sessionID: 1, program: .bpnt, order: [1]),
            .sessionClosed(sessionID: 1, seal: [], eventCount: before.sealedEventCount),
        ]
        for change in changes {
            assertRefused(.sessionClosed(1)) { try f.m(change) }
        }
        XCTAssertEqual(f.session, before)
        XCTAssertEqual(f.session.sealContent, before.sealContent)
    }

    func testCorrectionsAfterClosingAreDatedEntriesWithAReason() throws {
        var f = try closedFixture()
        let sealBefore = f.session.sealContent
        assertRefused(.missingReason) {
            try f.m(.decisionCorrected(sessionID: 1, DecisionCorrection(householdID: 1, verdict: .tidakLayak(.ownsCar), reason: "", date: Fixtures.today)))
        }
        assertRefused(.notDecidedInSession(3)) {
            try f.m(.decisionCorrected(sessionID: 1, DecisionCorrection(householdID: 3, verdict: .layak, reason: "x", date: Fixtures.today)))
        }
        let date = Fixtures.today.adding(days: 2)
        try f.m(.decisionCorrected(sessionID: 1, DecisionCorrection(householdID: 1, verdict: .tidakLayak(.ownsCar), reason: "Surat Samsat: mobil atas nama kepala keluarga", date: date)))
        XCTAssertEqual(f.session.verdict(of: 1), .tidakLayak(.ownsCar))
        XCTAssertEqual(f.session.latestEntry(of: 1)?.decision.verdict, .layak, "the original decision stays")
        XCTAssertEqual(f.session.corrections.first?.correction.date, date)
        XCTAssertEqual(f.session.sealContent, sealBefore, "corrections do not touch the sealed record")
    }

    func testCorrectionsAreOnlyForClosedSessions() throws {
        var f = try MusyawarahFixture(families: 1)
        try f.open(invited: 2, arrived: 2)
        try f.decide(1, .layak)
        assertRefused(.sessionNotClosed(1)) {
            try f.m(.decisionCorrected(sessionID: 1, DecisionCorrection(householdID: 1, verdict: .layak, reason: "x", date: Fixtures.today)))
        }
    }

    func testFinalVerdictsOfAClosedSessionLeaveTheCandidateList() throws {
        var f = try closedFixture()
        XCTAssertEqual(f.book.finallyDecided, [1: 1])
        XCTAssertEqual(MusyawarahCandidates.build(f.state, on: Fixtures.today).map(\.householdID), [2, 3],
                       "the deferred family comes back; the decided one does not")
        try f.open(invited: 2, arrived: 2)
        assertRefused(.alreadyDecided(householdID: 1, sessionID: 1)) { try f.decide(1, .layak) }
        try f.decide(2, .layak)
    }

    func testOnlyOneSessionIsOpenAtATime() throws {
        var f = try MusyawarahFixture(families: 1)
        try f.open(invited: 2, arrived: 2)
        assertRefused(.anotherSessionOpen(1)) { try f.m(.sessionOpened(MusyawarahFixture.setup(2))) }
        assertRefused(.unexpectedSessionID(5)) { try f.m(.sessionOpened(MusyawarahFixture.setup(5))) }
        assertRefused(.unknownSession(4)) { try f.m(.attendeeArrived(sessionID: 4, attendeeID: 1)) }
    }

    func testSetUpNeedsPlaceChairAndSecretary() throws {
        var f = try MusyawarahFixture()
        var s = MusyawarahFixture.setup()
        s.chair = " "
        assertRefused(.missingSetting("Pimpinan rapat")) { try f.m(.sessionOpened(s)) }
    }

    func testTheCandidatesProgramsAreThoseOfFullScreening() throws {
        let f = try MusyawarahFixture(families: 400)
        for c in MusyawarahCandidates.build(f.state, on: Fixtures.today) {
            let h = f.state.household(id: c.householdID)!.current
            XCTAssertEqual(Set(c.programs), MusyawarahCandidates.fullyScreenedPrograms(h, on: Fixtures.today))
        }
    }

    func testCandidatesPastTheMusyawarahStageAreLeftOut() throws {
        var f = try MusyawarahFixture(families: 2)
        try f.apply(.statusRecorded(StatusUpdate(householdID: 2, nik: nil, status: PersonStatus(stage: .pengolahanData3))))
        XCTAssertEqual(MusyawarahCandidates.build(f.state, on: Fixtures.today).map(\.householdID), [1])
    }
}

final class MusyawarahCodingTests: XCTestCase {
    func testEveryEventRoundTrips() throws {
        let events: [MusyawarahEvent] = [
            .sessionOpened(MusyawarahFixture.setup(rule: .simpleMajority, quorum: .threeQuarters, priority: .elderlyAloneFirst)),
            .attendeeAdded(sessionID: 1, Attendee(id: 3, name: "Hj. Siti 'Aisyah", role: .pkk, position: "Ketua PKK RW 02", invited: false)),
            .attendeeArrived(sessionID: 1, attendeeID: 3),
            .attendeeLeft(sessionID: 1, attendeeID: 3),
            .decisionRecorded(sessionID: 1, CandidateDecision(householdID: 12, verdict: .tidakLayak(.notPoorByCommunity),
                                                              basis: .vote(VoteCount(inFavour: 5, against: 2, abstain: 1)), recused: [4, 7], note: "catatan")),
            .decisionRecorded(sessionID: 1, CandidateDecision(householdID: 13, verdict: .tunda(reason: "Surat RT"), basis: .consensus)),
            .quotaSet(sessionID: 1, program: .kjpPlus, quota: 40),
            .rankingSet(sessionID: 1, program: .pkh, order: [5, 1, 300]),
            .sessionClosed(sessionID: 1, seal: Array(0..<32), eventCount: 8),
            .decisionCorrected(sessionID: 1, DecisionCorrection(householdID: 12, verdict: .layak, reason: "Salah ketik", date: Fixtures.today)),
            .beritaAcaraPrinted(sessionID: 1, file: "/tmp/ba.txt"),
        ]
        for e in events {
            let envelope = EventEnvelope(operatorID: 2, event: .musyawarah(e))
            XCTAssertEqual(try EventEnvelope.decode(envelope.encoded()), envelope)
        }
        XCTAssertThrowsError(try MusyawarahEvent.decode([99]))
    }
}
