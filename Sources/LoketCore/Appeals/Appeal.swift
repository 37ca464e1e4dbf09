/// Where an appeal stands. Raw values are stable (used in filters and command lines).
public enum AppealStatus: UInt8, CaseIterable, Sendable, Hashable {
    case incomplete = 1, complete, inVerification, accepted, rejected

    public var label: String {
        switch self {
        case .incomplete: return "belum lengkap"
        case .complete: return "diterima lengkap"
        case .inVerification: return "dalam verifikasi"
        case .accepted: return "diterima"
        case .rejected: return "ditolak"
        }
    }

    /// Waiting for the verification result: the 14-day clock is running.
    public var isAwaitingDecision: Bool { self == .complete || self == .inVerification }
}

/// One appeal as folded from its events. Nothing in it is ever overwritten: documents accumulate,
/// and `history` keeps every event with who and when.
public struct Appeal: Hashable, Sendable {
    /// The verification window (DESIGN.md). The clock starts on the day intake is complete — the day
    /// the last required document is received — because verification cannot begin on a partial file,
    /// and a person who is still bringing letters must not use up the verifier's days.
    public static let verificationDays = 14

    public let id: Int
    public let number: AppealNumber
    public let person: AppealPerson
    public let reason: AppealReason
    public let addressCase: AddressCase?
    public let filedOn: CivilDate
    public let filedBy: Int
    public let required: [AppealDocument]
    public internal(set) var documents: [ReceivedDocument]
    /// The day the last required document arrived; nil while incomplete.
    public internal(set) var completedOn: CivilDate?
    public internal(set) var verificationStartedOn: CivilDate?
    public internal(set) var decision: AppealDecision?
    public internal(set) var receiptFiles: [String] = []
    public internal(set) var history: [AppealHistoryEntry] = []

    public var missing: [AppealDocument] {
        required.filter { doc in !documents.contains { $0.document == doc } }
    }

    public var status: AppealStatus {
        if let decision { return decision.outcome == .accepted ? .accepted : .rejected }
        if verificationStartedOn != nil { return .inVerification }
        return completedOn == nil ? .incomplete : .complete
    }

    /// The last day of verification; nil until intake is complete.
    public var deadline: CivilDate? { completedOn?.adding(days: Self.verificationDays) }

    /// Days until the deadline (0 on the day itself, negative when overdue); nil when no clock runs
    /// (still incomplete, or already decided).
    public func daysLeft(on today: CivilDate) -> Int? {
        guard status.isAwaitingDecision, let deadline else { return nil }
        return today.days(until: deadline)
    }

    public func isOverdue(on today: CivilDate) -> Bool { (daysLeft(on: today) ?? 0) < 0 }
}

/// An event in an appeal's life, as it happened.
public struct AppealHistoryEntry: Hashable, Sendable {
    public let event: AppealEvent
    public let operatorID: Int
    public let timestamp: Int64
}
