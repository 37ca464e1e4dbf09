import LoketCore
import LoketCrypto
import LoketStore

/// The musyawarah requests against the store. Every event is checked with the fold's own rules
/// before it is written, so a refused request writes nothing and the screen keeps what was typed.
extension DeskService {
    func run(_ request: MusyawarahRequest, operatorID: Int) throws -> MusyawarahResult {
        do {
            return try perform(request, operatorID: operatorID)
        } catch let e as MusyawarahError {
            throw ServiceError(e.message)
        }
    }

    /// Reads the book through `state` each time rather than holding a copy across the write: a held
    /// copy would make the store copy the session's arrays (copy-on-write) on every decision.
    private func perform(_ request: MusyawarahRequest, operatorID: Int) throws -> MusyawarahResult {
        switch request {
        case .open(var setup):
            setup.sessionID = state.musyawarah.nextSessionID
            try write([.sessionOpened(setup)], operatorID)
            return .opened(sessionID: setup.sessionID)
        case .addAttendee(let sid, let name, let role, let position, let invited, let arrived):
            let id = (state.musyawarah.session(id: sid)?.attendees.map(\.id).max() ?? 0) + 1
            let attendee = Attendee(id: id, name: name.trimmingCharacters(in: .whitespaces), role: role,
                                    position: position.trimmingCharacters(in: .whitespaces), invited: invited)
            var events: [MusyawarahEvent] = [.attendeeAdded(sessionID: sid, attendee)]
            if arrived { events.append(.attendeeArrived(sessionID: sid, attendeeID: id)) }
            try write(events, operatorID)
            return .attendeeAdded(attendeeID: id)
        case .arrive(let sid, let aid):
            try write([.attendeeArrived(sessionID: sid, attendeeID: aid)], operatorID)
            return .presenceChanged
        case .leave(let sid, let aid):
            try write([.attendeeLeft(sessionID: sid, attendeeID: aid)], operatorID)
            return .presenceChanged
        case .strikeAttendee(let sid, let aid, let reason):
            try write([.attendeeStruck(sessionID: sid, attendeeID: aid, reason: reason.trimmingCharacters(in: .whitespaces))], operatorID)
            return .attendeeStruck(attendeeID: aid)
        case .decide(let sid, let decision):
            guard state.household(id: decision.householdID) != nil else { throw ServiceError("Keluarga tidak ditemukan.") }
            let date = state.musyawarah.session(id: sid)?.setup.date ?? clock.today
            try write([.decisionRecorded(sessionID: sid, decision)], operatorID,
                      status: statusUpdate(decision.householdID, decision.verdict, note: "Musyawarah \(date)"))
            return .decided(householdID: decision.householdID)
        case .setQuota(let sid, let program, let quota):
            try write([.quotaSet(sessionID: sid, program: program, quota: quota)], operatorID)
            return .rankingSaved
        case .setRanking(let sid, let program, let order):
            try write([.rankingSet(sessionID: sid, program: program, order: order)], operatorID)
            return .rankingSaved
        case .close(let sid):
            guard let session = state.musyawarah.session(id: sid) else { throw MusyawarahError.unknownSession(sid) }
            let seal = SHA256.hash(session.sealContent)
            let count = session.sealedEventCount
            try write([.sessionClosed(sessionID: sid, seal: seal, eventCount: count)], operatorID)
            return .closed(seal: seal)
        case .correct(let sid, let hid, let verdict, let reason):
            let today = clock.today
            let correction = DecisionCorrection(householdID: hid, verdict: verdict, reason: reason, date: today)
            try write([.decisionCorrected(sessionID: sid, correction)], operatorID,
                      status: statusUpdate(hid, verdict, note: "Koreksi musyawarah \(today): \(reason)"))
            return .corrected(householdID: hid)
        case .printBeritaAcara(let sid):
            return .printed(path: try writeBeritaAcara(sessionID: sid, operatorID: operatorID))
        }
    }

    public var beritaAcaraDirectory: String { store.directory + "/berita-acara" }

    /// Writes the berita acara file, then records the print.
    func writeBeritaAcara(sessionID: Int, operatorID: Int) throws -> String {
        guard let session = state.musyawarah.session(id: sessionID) else { throw MusyawarahError.unknownSession(sessionID) }
        let text = BeritaAcara.text(session, desk: state, printedAt: localDateTime(clock.timestamp))
        if !fileSystem.exists(beritaAcaraDirectory) { try fileSystem.createDirectory(beritaAcaraDirectory) }
        let path = beritaAcaraDirectory + "/musyawarah-\(sessionID).txt"
        try AtomicFile.write(Array(text.utf8), to: path, fileSystem: fileSystem)
        try write([.beritaAcaraPrinted(sessionID: sessionID, file: path)], operatorID)
        return path
    }

    /// The family's stage after a verdict: Musyawarah Kelurahan, with the outcome and why.
    private func statusUpdate(_ householdID: Int, _ verdict: Verdict, note: String) -> StatusUpdate {
        StatusUpdate(householdID: householdID, nik: nil,
                     status: PersonStatus(stage: .musyawarahKelurahan, outcome: verdict.outcome,
                                          note: "\(note): \(verdict.longLabel)"))
    }

    /// Checks each event against the fold's rules (in order, as they would apply), then writes them
    /// with the status change in one batch.
    private func write(_ events: [MusyawarahEvent], _ operatorID: Int, status: StatusUpdate? = nil) throws {
        try state.musyawarah.check(events)
        var all = events.map { DeskEvent.musyawarah($0) }
        if let status { all.append(.statusRecorded(status)) }
        try store.append(all.map { EventEnvelope(operatorID: operatorID, event: $0) }, timestamp: clock.timestamp)
    }
}
