/// Events of the musyawarah kelurahan (community meeting). Stored inside `DeskEvent.musyawarah`.
/// Tags inside are part of the file format: never reuse or renumber one. The encoding must stay
/// canonical (one byte string per value): a seal hashes the events re-encoded from the fold, so an old
/// session only verifies if its events encode to the bytes they were written as.
public enum MusyawarahEvent: Hashable, Sendable {
    /// Tag 1 (the first set-up layout, facilitators vote) or tag 11 (the same layout and the
    /// voting-rights setting): see `encode(to:)`.
    case sessionOpened(MusyawarahSetup)
    case attendeeAdded(sessionID: Int, Attendee)
    case attendeeArrived(sessionID: Int, attendeeID: Int)
    case attendeeLeft(sessionID: Int, attendeeID: Int)
    /// A first decision or a revision during the session; earlier entries stay in the history.
    case decisionRecorded(sessionID: Int, CandidateDecision)
    case quotaSet(sessionID: Int, program: Program, quota: Int)
    /// The order the meeting gave by hand: the head of the program's ranking; candidates not listed
    /// follow in the session's priority rule.
    case rankingSet(sessionID: Int, program: Program, order: [Int])
    /// Locks the session. `seal` is the SHA-256 of `MusyawarahSession.sealContent` over the
    /// `eventCount` events before this one.
    case sessionClosed(sessionID: Int, seal: [UInt8], eventCount: Int)
    case decisionCorrected(sessionID: Int, DecisionCorrection)
    /// The berita acara was printed or saved to a file (every print of personal data is recorded).
    case beritaAcaraPrinted(sessionID: Int, file: String)
    /// A person entered by mistake, struck while the session is open (only while they have taken no
    /// part in a recorded decision). The entry stays, marked; they no longer count for anything.
    case attendeeStruck(sessionID: Int, attendeeID: Int, reason: String)

    public var sessionID: Int {
        switch self {
        case .sessionOpened(let s): return s.sessionID
        case .attendeeAdded(let id, _), .attendeeArrived(let id, _), .attendeeLeft(let id, _),
             .decisionRecorded(let id, _), .quotaSet(let id, _, _), .rankingSet(let id, _, _),
             .sessionClosed(let id, _, _), .decisionCorrected(let id, _), .beritaAcaraPrinted(let id, _),
             .attendeeStruck(let id, _, _):
            return id
        }
    }
}

extension MusyawarahEvent: BinaryCodable {
    public func encode(to w: inout ByteWriter) {
        switch self {
        case .sessionOpened(let s):
            // Sessions where facilitators vote keep the first layout, byte for byte, so that seals of
            // sessions opened before the setting existed still verify.
            if s.facilitatorsVote {
                w.u8(1)
                w.value(s)
            } else {
                w.u8(11)
                w.value(s)
                w.bool(false)
            }
        case .attendeeAdded(let id, let a):
            w.u8(2)
            w.uint(UInt64(id))
            w.value(a)
        case .attendeeArrived(let id, let attendee):
            w.u8(3)
            w.uint(UInt64(id))
            w.uint(UInt64(attendee))
        case .attendeeLeft(let id, let attendee):
            w.u8(4)
            w.uint(UInt64(id))
            w.uint(UInt64(attendee))
        case .decisionRecorded(let id, let d):
            w.u8(5)
            w.uint(UInt64(id))
            w.value(d)
        case .quotaSet(let id, let program, let quota):
            w.u8(6)
            w.uint(UInt64(id))
            w.enumeration(program)
            w.uint(UInt64(quota))
        case .rankingSet(let id, let program, let order):
            w.u8(7)
            w.uint(UInt64(id))
            w.enumeration(program)
            w.array(order) { $0.uint(UInt64($1)) }
        case .sessionClosed(let id, let seal, let count):
            w.u8(8)
            w.uint(UInt64(id))
            w.raw(seal)
            w.uint(UInt64(count))
        case .decisionCorrected(let id, let c):
            w.u8(9)
            w.uint(UInt64(id))
            w.value(c)
        case .beritaAcaraPrinted(let id, let file):
            w.u8(10)
            w.uint(UInt64(id))
            w.string(file)
        case .attendeeStruck(let id, let attendee, let reason):
            w.u8(12)
            w.uint(UInt64(id))
            w.uint(UInt64(attendee))
            w.string(reason)
        }
    }

    public init(from r: inout ByteReader) throws {
        let tag = try r.u8()
        switch tag {
        case 1: self = .sessionOpened(try r.value())
        case 2: self = .attendeeAdded(sessionID: try r.id(), try r.value())
        case 3: self = .attendeeArrived(sessionID: try r.id(), attendeeID: try r.id())
        case 4: self = .attendeeLeft(sessionID: try r.id(), attendeeID: try r.id())
        case 5: self = .decisionRecorded(sessionID: try r.id(), try r.value())
        case 6: self = .quotaSet(sessionID: try r.id(), program: try r.enumeration(), quota: try r.id())
        case 7: self = .rankingSet(sessionID: try r.id(), program: try r.enumeration(), order: try r.array { try $0.id() })
        case 8: self = .sessionClosed(sessionID: try r.id(), seal: try r.raw(), eventCount: try r.id())
        case 9: self = .decisionCorrected(sessionID: try r.id(), try r.value())
        case 10: self = .beritaAcaraPrinted(sessionID: try r.id(), file: try r.string())
        case 11:
            var setup: MusyawarahSetup = try r.value()
            setup.facilitatorsVote = try r.bool()
            self = .sessionOpened(setup)
        case 12: self = .attendeeStruck(sessionID: try r.id(), attendeeID: try r.id(), reason: try r.string())
        default: throw ByteReaderError.invalid("musyawarah tag \(tag)")
        }
    }
}

extension ByteReader {
    /// A non-negative integer that fits an Int (ids, counts, quotas).
    mutating func id() throws -> Int {
        let v = try uint()
        guard v <= UInt64(Int.max) else { throw ByteReaderError.invalid("number \(v)") }
        return Int(v)
    }
}

/// The first set-up layout. It has no voting-rights field: decoded alone it means facilitators vote,
/// as every session before the setting did; tag 11 reads the setting after it.
extension MusyawarahSetup: BinaryCodable {
    public func encode(to w: inout ByteWriter) {
        w.uint(UInt64(sessionID))
        w.value(date)
        w.string(time)
        w.string(place)
        w.string(kelurahanCode)
        w.string(chair)
        w.string(secretary)
        w.enumeration(rule)
        w.uint(UInt64(quorum.numerator))
        w.uint(UInt64(quorum.denominator))
        w.enumeration(priority)
    }

    public init(from r: inout ByteReader) throws {
        sessionID = try r.id()
        date = try r.value()
        time = try r.string()
        place = try r.string()
        kelurahanCode = try r.string()
        chair = try r.string()
        secretary = try r.string()
        rule = try r.enumeration()
        let n = try r.id()
        let d = try r.id()
        quorum = try Quorum(numerator: n, denominator: d).orThrow("quorum \(n)/\(d)")
        priority = try r.enumeration()
        facilitatorsVote = true
    }
}

extension Attendee: BinaryCodable {
    public func encode(to w: inout ByteWriter) {
        w.uint(UInt64(id))
        w.string(name)
        w.enumeration(role)
        w.string(position)
        w.bool(invited)
    }

    public init(from r: inout ByteReader) throws {
        id = try r.id()
        name = try r.string()
        role = try r.enumeration()
        position = try r.string()
        invited = try r.bool()
    }
}

extension Verdict: BinaryCodable {
    public func encode(to w: inout ByteWriter) {
        switch self {
        case .layak: w.u8(1)
        case .tidakLayak(let c):
            w.u8(2)
            w.u8(UInt8(c.rawValue))
        case .tunda(let reason):
            w.u8(3)
            w.string(reason)
        }
    }

    public init(from r: inout ByteReader) throws {
        let tag = try r.u8()
        switch tag {
        case 1: self = .layak
        case 2:
            let raw = try r.u8()
            self = .tidakLayak(try Criterion(rawValue: Int(raw)).orThrow("criterion \(raw)"))
        case 3: self = .tunda(reason: try r.string())
        default: throw ByteReaderError.invalid("verdict \(tag)")
        }
    }
}

extension CandidateDecision: BinaryCodable {
    public func encode(to w: inout ByteWriter) {
        w.uint(UInt64(householdID))
        w.value(verdict)
        switch basis {
        case .consensus: w.u8(1)
        case .vote(let v):
            w.u8(2)
            w.uint(UInt64(v.inFavour))
            w.uint(UInt64(v.against))
            w.uint(UInt64(v.abstain))
        }
        w.array(recused) { $0.uint(UInt64($1)) }
        w.string(note)
    }

    public init(from r: inout ByteReader) throws {
        householdID = try r.id()
        verdict = try r.value()
        let tag = try r.u8()
        switch tag {
        case 1: basis = .consensus
        case 2: basis = .vote(VoteCount(inFavour: try r.id(), against: try r.id(), abstain: try r.id()))
        default: throw ByteReaderError.invalid("basis \(tag)")
        }
        recused = try r.array { try $0.id() }
        note = try r.string()
    }
}

extension DecisionCorrection: BinaryCodable {
    public func encode(to w: inout ByteWriter) {
        w.uint(UInt64(householdID))
        w.value(verdict)
        w.string(reason)
        w.value(date)
    }

    public init(from r: inout ByteReader) throws {
        householdID = try r.id()
        verdict = try r.value()
        reason = try r.string()
        date = try r.value()
    }
}
