/// One decision as entered, with when and by whom, and the room at that moment.
public struct DecisionEntry: Hashable, Sendable {
    public let decision: CandidateDecision
    public let timestamp: Int64
    public let operatorID: Int
    /// Attendees present when it was recorded (the berita acara prints the count per decision).
    public let present: Int
}

public struct CorrectionEntry: Hashable, Sendable {
    public let correction: DecisionCorrection
    public let timestamp: Int64
    public let operatorID: Int
}

public struct SessionClosure: Hashable, Sendable {
    public let seal: [UInt8]
    public let eventCount: Int
    public let timestamp: Int64
    public let operatorID: Int
}

/// What happened last in a session: an interrupted session reopens on the matching view.
public enum SessionActivity: Hashable, Sendable {
    case attendance
    case decision(householdID: Int)
    case ranking(Program)
    case closed
}

/// One musyawarah as folded from its events.
public struct MusyawarahSession: Hashable, Sendable {
    public let setup: MusyawarahSetup
    public let openedAt: Int64
    public let openedBy: Int
    public private(set) var attendees: [Attendee] = []
    public private(set) var presenceLog: [PresenceChange] = []
    /// Every decision entry in order, revisions included.
    public private(set) var decisions: [DecisionEntry] = []
    /// The index in `decisions` of each family's latest entry.
    public private(set) var latestDecision: [Int: Int] = [:]
    /// Families in the order they were first decided.
    public private(set) var decidedOrder: [Int] = []
    public private(set) var quotas: [Program: Int] = [:]
    public private(set) var rankings: [Program: [Int]] = [:]
    public private(set) var closure: SessionClosure?
    public private(set) var corrections: [CorrectionEntry] = []
    public private(set) var latestCorrection: [Int: Int] = [:]
    public private(set) var prints: [(file: String, timestamp: Int64)] = []
    public private(set) var lastActivity: SessionActivity = .attendance
    public private(set) var strikes: [AttendeeStrike] = []
    private var strikeIndex: [Int: Int] = [:]
    private var tookPartIDs: Set<Int> = []
    private var present: Set<Int> = []
    private var attendeeIndex: [Int: Int] = [:]
    /// The events that the seal covers, as recorded.
    private var sealed: [(event: MusyawarahEvent, operatorID: Int, timestamp: Int64)] = []

    init(setup: MusyawarahSetup, openedAt: Int64, openedBy: Int) {
        self.setup = setup
        self.openedAt = openedAt
        self.openedBy = openedBy
        sealed = [(.sessionOpened(setup), openedBy, openedAt)]
    }

    public var id: Int { setup.sessionID }
    public var isClosed: Bool { closure != nil }

    public func attendee(id: Int) -> Attendee? { attendeeIndex[id].map { attendees[$0] } }
    public func isPresent(_ attendeeID: Int) -> Bool { present.contains(attendeeID) }
    public var presentIDs: Set<Int> { present }

    public func strike(of attendeeID: Int) -> AttendeeStrike? { strikeIndex[attendeeID].map { strikes[$0] } }
    public func isStruck(_ attendeeID: Int) -> Bool { strikeIndex[attendeeID] != nil }

    /// Whether the person may vote in this session: not struck, and not a facilitator unless the
    /// session gave facilitators a vote.
    public func mayVote(_ a: Attendee) -> Bool {
        !isStruck(a.id) && (setup.facilitatorsVote || !a.role.isFacilitator)
    }

    /// Whether the person is part of the quorum: an invited voter. The quorum is "of the invitees who
    /// may vote": facilitators who do not vote, uninvited guests and struck names are outside it.
    public func countsForQuorum(_ a: Attendee) -> Bool { a.invited && mayVote(a) }

    /// Invitees on the list, struck names left out (the berita acara's "Undangan N orang").
    public var invitedCount: Int { attendees.reduce(0) { $0 + ($1.invited && !isStruck($1.id) ? 1 : 0) } }
    /// Everyone present (struck names are never present).
    public var presentCount: Int { present.count }
    /// The quorum's base: invitees who may vote.
    public var quorumBase: Int { attendees.reduce(0) { $0 + (countsForQuorum($1) ? 1 : 0) } }
    /// Present invitees who may vote: these make the quorum.
    public var quorumPresent: Int { present.reduce(0) { $0 + (attendee(id: $1).map(countsForQuorum) == true ? 1 : 0) } }
    public var quorumRequired: Int { setup.quorum.required(invited: quorumBase) }
    public var hasQuorum: Bool { quorumBase > 0 && quorumPresent >= quorumRequired }
    /// Present people who may vote (guests included), in list order: the count a vote must add up to,
    /// before recusals.
    public var presentVoters: [Attendee] { attendees.filter { present.contains($0.id) && mayVote($0) } }
    /// Whether the person was a voter (or recused) when any decision was recorded: then they are part
    /// of the record and cannot be struck.
    public func tookPart(_ attendeeID: Int) -> Bool { tookPartIDs.contains(attendeeID) }

    /// The family's decision as it stands: the latest correction after closing, else the latest entry.
    public func verdict(of householdID: Int) -> Verdict? {
        if let c = latestCorrection[householdID] { return corrections[c].correction.verdict }
        return latestDecision[householdID].map { decisions[$0].decision.verdict }
    }

    public func latestEntry(of householdID: Int) -> DecisionEntry? {
        latestDecision[householdID].map { decisions[$0] }
    }

    /// Every entry for one family, oldest first (the revision history).
    public func history(of householdID: Int) -> [DecisionEntry] {
        decisions.filter { $0.decision.householdID == householdID }
    }

    /// The canonical bytes the seal hashes: each covered event with who recorded it and when.
    /// `loket verify` recomputes it from the journal and compares it with the seal.
    public var sealContent: [UInt8] {
        var w = ByteWriter(capacity: 64 * sealed.count)
        w.string("LOKET-MUSYAWARAH-SEGEL-1")
        w.uint(UInt64(sealed.count))
        for s in sealed {
            w.uint(UInt64(s.operatorID))
            w.int(Int(s.timestamp))
            w.raw(s.event.encoded())
        }
        return w.bytes
    }

    public var sealedEventCount: Int { sealed.count }

    public static func == (a: MusyawarahSession, b: MusyawarahSession) -> Bool {
        a.sealContent == b.sealContent && a.closure == b.closure && a.corrections == b.corrections
            && a.prints.map(\.file) == b.prints.map(\.file)
    }

    public func hash(into h: inout Hasher) { h.combine(id); h.combine(sealed.count) }

    // MARK: - Checking and applying

    /// Throws when the event contradicts this session; changes nothing.
    func check(_ event: MusyawarahEvent) throws(MusyawarahError) {
        switch event {
        case .decisionCorrected(_, let c):
            guard isClosed else { throw .sessionNotClosed(id) }
            guard latestDecision[c.householdID] != nil else { throw .notDecidedInSession(c.householdID) }
            guard !isBlankText(c.reason) else { throw .missingReason }
            try Self.checkVerdict(c.verdict)
            return
        case .beritaAcaraPrinted:
            return
        default:
            guard !isClosed else { throw .sessionClosed(id) }
        }
        switch event {
        case .sessionOpened:
            throw .duplicateAttendee(id) // unreachable: the book handles opening
        case .attendeeAdded(_, let a):
            guard attendeeIndex[a.id] == nil else { throw .duplicateAttendee(a.id) }
            guard !isBlankText(a.name) else { throw .missingSetting("Nama peserta") }
        case .attendeeArrived(_, let aid):
            guard let a = attendee(id: aid) else { throw .unknownAttendee(aid) }
            guard !isStruck(aid) else { throw .attendeeStruck(a.name) }
            guard !present.contains(aid) else { throw .alreadyPresent(a.name) }
        case .attendeeLeft(_, let aid):
            guard let a = attendee(id: aid) else { throw .unknownAttendee(aid) }
            guard !isStruck(aid) else { throw .attendeeStruck(a.name) }
            guard present.contains(aid) else { throw .notPresent(a.name) }
        case .attendeeStruck(_, let aid, let reason):
            guard let a = attendee(id: aid) else { throw .unknownAttendee(aid) }
            guard !isStruck(aid) else { throw .attendeeStruck(a.name) }
            guard !isBlankText(reason) else { throw .missingReason }
            guard !tookPartIDs.contains(aid) else { throw .attendeeTookPart(a.name) }
        case .decisionRecorded(_, let d):
            guard hasQuorum else { throw .noQuorum(present: quorumPresent, required: quorumRequired) }
            try Self.checkVerdict(d.verdict)
            for r in d.recused {
                guard present.contains(r), let a = attendee(id: r) else { throw .recusedNotPresent(r) }
                guard mayVote(a) else { throw .recusedNotVoter(a.name) }
            }
            let voters = presentVoters.count - Set(d.recused).count
            switch setup.rule.outcome(of: d.basis, voters: voters) {
            case .carried: break
            case .notCarried(let why): throw .notCarried(why)
            case .miscounted(let why): throw .badVote(why)
            }
        case .quotaSet(_, _, let q):
            guard q >= 0 && q <= 1_000_000 else { throw .invalidQuota(q) }
        case .rankingSet(_, _, let order):
            var seen = Set<Int>()
            for h in order where !seen.insert(h).inserted { throw .duplicateInRanking(h) }
        case .sessionClosed(_, _, let count):
            guard count == sealed.count else { throw .sealMismatch(expectedEvents: count, found: sealed.count) }
        case .decisionCorrected, .beritaAcaraPrinted:
            break
        }
    }

    static func checkVerdict(_ v: Verdict) throws(MusyawarahError) {
        if case .tunda(let reason) = v, isBlankText(reason) { throw .missingReason }
    }

    /// Applies an event that `check` accepted.
    mutating func apply(_ event: MusyawarahEvent, operatorID: Int, timestamp: Int64) {
        switch event {
        case .sessionOpened:
            break
        case .attendeeAdded(_, let a):
            attendeeIndex[a.id] = attendees.count
            attendees.append(a)
            lastActivity = .attendance
        case .attendeeArrived(_, let aid):
            present.insert(aid)
            presenceLog.append(PresenceChange(attendeeID: aid, arrived: true, timestamp: timestamp))
            lastActivity = .attendance
        case .attendeeLeft(_, let aid):
            present.remove(aid)
            presenceLog.append(PresenceChange(attendeeID: aid, arrived: false, timestamp: timestamp))
            lastActivity = .attendance
        case .attendeeStruck(_, let aid, let reason):
            strikeIndex[aid] = strikes.count
            strikes.append(AttendeeStrike(attendeeID: aid, reason: reason, timestamp: timestamp, operatorID: operatorID))
            // Struck while marked present: they leave the count now; the presence log keeps what was entered.
            present.remove(aid)
            lastActivity = .attendance
        case .decisionRecorded(_, let d):
            for a in presentVoters { tookPartIDs.insert(a.id) }
            if latestDecision[d.householdID] == nil { decidedOrder.append(d.householdID) }
            latestDecision[d.householdID] = decisions.count
            decisions.append(DecisionEntry(decision: d, timestamp: timestamp, operatorID: operatorID, present: present.count))
            lastActivity = .decision(householdID: d.householdID)
        case .quotaSet(_, let p, let q):
            quotas[p] = q
            lastActivity = .ranking(p)
        case .rankingSet(_, let p, let order):
            rankings[p] = order
            lastActivity = .ranking(p)
        case .sessionClosed(_, let seal, let count):
            closure = SessionClosure(seal: seal, eventCount: count, timestamp: timestamp, operatorID: operatorID)
            lastActivity = .closed
        case .decisionCorrected(_, let c):
            latestCorrection[c.householdID] = corrections.count
            corrections.append(CorrectionEntry(correction: c, timestamp: timestamp, operatorID: operatorID))
        case .beritaAcaraPrinted(_, let file):
            prints.append((file, timestamp))
        }
        // The closing event sets `closure` above, so it and everything after stay outside the seal.
        if closure == nil { sealed.append((event, operatorID, timestamp)) }
    }
}

/// True for empty text or text of spaces only (a name or reason that says nothing).
func isBlankText(_ s: String) -> Bool { s.allSatisfy(\.isWhitespace) }
