import LoketCore

/// What the musyawarah screens ask the service to do (carried in `Command.musyawarah`).
public enum MusyawarahRequest {
    /// Opens a session; the service assigns the session id.
    case open(MusyawarahSetup)
    /// Adds a person to the attendance list; with `arrived`, records the arrival as well.
    case addAttendee(sessionID: Int, name: String, role: AttendeeRole, position: String, invited: Bool, arrived: Bool)
    case arrive(sessionID: Int, attendeeID: Int)
    case leave(sessionID: Int, attendeeID: Int)
    /// Strikes a person entered by mistake (a new entry with the reason; the name stays, marked).
    case strikeAttendee(sessionID: Int, attendeeID: Int, reason: String)
    /// Records the decision and moves the family's stage (one batch, one fsync).
    case decide(sessionID: Int, CandidateDecision)
    case setQuota(sessionID: Int, program: Program, quota: Int)
    case setRanking(sessionID: Int, program: Program, order: [Int])
    /// Seals the session's events with SHA-256 and locks it.
    case close(sessionID: Int)
    case correct(sessionID: Int, householdID: Int, verdict: Verdict, reason: String)
    /// Writes the berita acara to a file and records the print.
    case printBeritaAcara(sessionID: Int)
}

public enum MusyawarahResult {
    case opened(sessionID: Int)
    case attendeeAdded(attendeeID: Int)
    case presenceChanged
    case attendeeStruck(attendeeID: Int)
    case decided(householdID: Int)
    case rankingSaved
    case closed(seal: [UInt8])
    case corrected(householdID: Int)
    case printed(path: String)
}
