/// What the meeting decided for one family.
public enum Verdict: Hashable, Sendable {
    case layak
    /// Not proposed, with the criterion (criterion 7, "not poor by the community", is decided here).
    case tidakLayak(Criterion)
    /// Deferred to a later meeting, with the reason.
    case tunda(reason: String)

    public var label: String {
        switch self {
        case .layak: return "Layak"
        case .tidakLayak: return "Tidak layak"
        case .tunda: return "Tunda"
        }
    }

    /// "Tidak layak (kriteria 4: Memiliki mobil)".
    public var longLabel: String {
        switch self {
        case .layak: return "Layak"
        case .tidakLayak(let c): return "Tidak layak (kriteria \(c.number): \(c.refusal))"
        case .tunda(let reason): return "Tunda (\(reason))"
        }
    }

    public var isFinal: Bool {
        if case .tunda = self { return false }
        return true
    }

    /// The verification outcome this verdict gives each member (nil while deferred).
    public var outcome: VerificationOutcome? {
        switch self {
        case .layak: return .layak
        case .tidakLayak: return .tidakLayak
        case .tunda: return nil
        }
    }
}

public struct VoteCount: Hashable, Sendable {
    public var inFavour: Int
    public var against: Int
    public var abstain: Int

    public init(inFavour: Int, against: Int, abstain: Int) {
        self.inFavour = inFavour
        self.against = against
        self.abstain = abstain
    }

    public var total: Int { inFavour + against + abstain }
}

/// How the verdict was reached: agreed by all, or by a counted vote.
public enum DecisionBasis: Hashable, Sendable {
    case consensus
    case vote(VoteCount)
}

public struct CandidateDecision: Hashable, Sendable {
    public var householdID: Int
    public var verdict: Verdict
    public var basis: DecisionBasis
    /// Attendees related to the candidate: present, but not counted.
    public var recused: [Int]
    public var note: String

    public init(householdID: Int, verdict: Verdict, basis: DecisionBasis, recused: [Int] = [], note: String = "") {
        self.householdID = householdID
        self.verdict = verdict
        self.basis = basis
        self.recused = recused
        self.note = note
    }
}

/// A correction after the session was closed: a new, dated entry with a reason, never an edit.
public struct DecisionCorrection: Hashable, Sendable {
    public var householdID: Int
    public var verdict: Verdict
    public var reason: String
    public var date: CivilDate

    public init(householdID: Int, verdict: Verdict, reason: String, date: CivilDate) {
        self.householdID = householdID
        self.verdict = verdict
        self.reason = reason
        self.date = date
    }
}

/// Whether a basis carries the proposal under a rule, given who may vote.
public enum VoteOutcome: Equatable, Sendable {
    case carried
    /// Counted correctly, but not enough in favour (a tie included).
    case notCarried(String)
    /// The numbers do not add up to the voters present.
    case miscounted(String)
}

extension DecisionRule {
    /// `voters` = attendees present minus those who recused themselves.
    public func outcome(of basis: DecisionBasis, voters: Int) -> VoteOutcome {
        guard voters > 0 else { return .miscounted("Tidak ada peserta yang berhak memberi suara.") }
        guard case .vote(let v) = basis else { return .carried }
        guard v.inFavour >= 0, v.against >= 0, v.abstain >= 0 else { return .miscounted("Jumlah suara tidak boleh negatif.") }
        guard v.total == voters else {
            return .miscounted("Jumlah suara \(v.total), padahal yang berhak memberi suara \(voters) orang.")
        }
        switch self {
        case .consensusThenMajority:
            if v.inFavour * 2 > voters { return .carried }
            if v.inFavour == v.against { return .notCarried("Suara seri (\(v.inFavour) lawan \(v.against)): usulan tidak diterima.") }
            return .notCarried("Setuju \(v.inFavour) dari \(voters) yang hadir: belum lebih dari separuh.")
        case .simpleMajority:
            if v.inFavour > v.against { return .carried }
            if v.inFavour == v.against { return .notCarried("Suara seri (\(v.inFavour) lawan \(v.against)): usulan tidak diterima.") }
            return .notCarried("Setuju \(v.inFavour), tidak setuju \(v.against): usulan tidak diterima.")
        }
    }
}
