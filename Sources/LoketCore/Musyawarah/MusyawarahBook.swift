/// The musyawarah part of the desk state: every session, and which families a closed session decided.
/// A contradictory event throws; a closed session refuses everything except corrections and prints.
public struct MusyawarahBook: Hashable, Sendable {
    /// Index = session id - 1.
    public private(set) var sessions: [MusyawarahSession] = []
    /// Families given a final verdict (layak / tidak layak) by a closed session, with that session's id.
    /// They are no longer candidates; a correction to "tunda" puts a family back.
    public private(set) var finallyDecided: [Int: Int] = [:]
    /// Corrections that contradict a later session. The book refuses them (see `check`); only a journal
    /// written before that rule can hold one, and it still folds: both berita acara then warn.
    public private(set) var conflicts: [CorrectionConflict] = []

    public init() {}

    public func session(id: Int) -> MusyawarahSession? {
        sessions.indices.contains(id - 1) ? sessions[id - 1] : nil
    }

    public var nextSessionID: Int { sessions.count + 1 }

    /// At most one session is open at a time: the one the desk resumes.
    public var openSession: MusyawarahSession? {
        guard let last = sessions.last, !last.isClosed else { return nil }
        return last
    }

    /// Throws when the event would be refused; changes nothing. The service calls it before writing.
    ///
    /// A correction to a closed session is refused when a later session has already decided the same
    /// family (any entry, also tunda, also while that session is open): the later meeting had the
    /// newer facts, and a correction of the older record would silently contradict it. The correction
    /// belongs in the later session. We refuse rather than record-and-warn because two signed berita
    /// acara that disagree about one family leave the kecamatan no way to know which one holds.
    public func check(_ event: MusyawarahEvent) throws(MusyawarahError) {
        try check(event, strict: true)
    }

    /// The latest session after `sessionID` with a decision for the family.
    public func laterSession(deciding householdID: Int, after sessionID: Int) -> MusyawarahSession? {
        guard sessionID < sessions.count else { return nil }
        return sessions[sessionID...].last { $0.latestEntry(of: householdID) != nil }
    }

    /// `strict: false` only when replaying the journal: a correction that contradicts a later session
    /// was accepted before the rule existed, so it is kept and flagged rather than refused.
    private func check(_ event: MusyawarahEvent, strict: Bool) throws(MusyawarahError) {
        if case .sessionOpened(let setup) = event {
            guard setup.sessionID == nextSessionID else { throw .unexpectedSessionID(setup.sessionID) }
            if let open = openSession { throw .anotherSessionOpen(open.id) }
            guard !isBlankText(setup.place) else { throw .missingSetting("Tempat") }
            guard !isBlankText(setup.chair) else { throw .missingSetting("Pimpinan rapat") }
            guard !isBlankText(setup.secretary) else { throw .missingSetting("Sekretaris/notulis") }
            return
        }
        guard let session = session(id: event.sessionID) else { throw .unknownSession(event.sessionID) }
        try session.check(event)
        if case .decisionRecorded(_, let d) = event, let earlier = finallyDecided[d.householdID] {
            throw .alreadyDecided(householdID: d.householdID, sessionID: earlier)
        }
        if strict, case .decisionCorrected(let sid, let c) = event,
           let later = laterSession(deciding: c.householdID, after: sid) {
            throw .decidedInLaterSession(householdID: c.householdID, sessionID: later.id, date: later.setup.date)
        }
    }

    /// Checks a batch as it would apply, each event after the ones before it.
    public func check(_ events: [MusyawarahEvent]) throws(MusyawarahError) {
        guard events.count > 1 else {
            if let e = events.first { try check(e) }
            return
        }
        var preview = self
        for e in events { try preview.apply(e, operatorID: 0, timestamp: 0, strict: true) }
    }

    /// The journal's fold (`DeskState`). Everything `check` refuses is refused here too, except a
    /// correction contradicting a later session, which old journals may hold (see `conflicts`).
    mutating func apply(_ event: MusyawarahEvent, operatorID: Int, timestamp: Int64) throws(MusyawarahError) {
        try apply(event, operatorID: operatorID, timestamp: timestamp, strict: false)
    }

    private mutating func apply(_ event: MusyawarahEvent, operatorID: Int, timestamp: Int64, strict: Bool) throws(MusyawarahError) {
        try check(event, strict: strict)
        if case .decisionCorrected(let sid, let c) = event, let later = laterSession(deciding: c.householdID, after: sid) {
            conflicts.append(CorrectionConflict(sessionID: sid, correctionIndex: sessions[sid - 1].corrections.count,
                                                householdID: c.householdID, laterSessionID: later.id))
        }
        if case .sessionOpened(let setup) = event {
            sessions.append(MusyawarahSession(setup: setup, openedAt: timestamp, openedBy: operatorID))
            return
        }
        let index = event.sessionID - 1
        sessions[index].apply(event, operatorID: operatorID, timestamp: timestamp)
        switch event {
        case .sessionClosed:
            let s = sessions[index]
            for id in s.decidedOrder where s.verdict(of: id)?.isFinal == true { finallyDecided[id] = s.id }
        case .decisionCorrected(_, let c):
            if c.verdict.isFinal { finallyDecided[c.householdID] = event.sessionID } else { finallyDecided[c.householdID] = nil }
        default:
            break
        }
    }
}

/// A correction to `sessionID` (its `corrections[correctionIndex]`) for a family that session
/// `laterSessionID` had already decided.
public struct CorrectionConflict: Hashable, Sendable {
    public let sessionID: Int
    public let correctionIndex: Int
    public let householdID: Int
    public let laterSessionID: Int
}
