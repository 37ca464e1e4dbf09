/// The musyawarah part of the desk state: every session, and which families a closed session decided.
/// A contradictory event throws; a closed session refuses everything except corrections and prints.
public struct MusyawarahBook: Hashable, Sendable {
    /// Index = session id - 1.
    public private(set) var sessions: [MusyawarahSession] = []
    /// Families given a final verdict (layak / tidak layak) by a closed session, with that session's id.
    /// They are no longer candidates; a correction to "tunda" puts a family back.
    public private(set) var finallyDecided: [Int: Int] = [:]

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
    public func check(_ event: MusyawarahEvent) throws(MusyawarahError) {
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
    }

    /// Checks a batch as it would apply, each event after the ones before it.
    public func check(_ events: [MusyawarahEvent]) throws(MusyawarahError) {
        guard events.count > 1 else {
            if let e = events.first { try check(e) }
            return
        }
        var preview = self
        for e in events { try preview.apply(e, operatorID: 0, timestamp: 0) }
    }

    mutating func apply(_ event: MusyawarahEvent, operatorID: Int, timestamp: Int64) throws(MusyawarahError) {
        try check(event)
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
