/// How the meeting decides. Village practice is consensus first, then a vote; both rules are written
/// into the berita acara so that anyone reading it knows what "carried" meant.
public enum DecisionRule: UInt8, CaseIterable, Sendable, Hashable {
    /// Consensus; failing that, more than half of the voters present (abstentions count as not in favour;
    /// facilitators without a vote and those who recused are not voters).
    case consensusThenMajority = 1
    /// More votes in favour than against; abstentions do not count.
    case simpleMajority

    public var label: String {
        switch self {
        case .consensusThenMajority: return "Mufakat, bila tidak tercapai suara terbanyak dari yang hadir dan bersuara"
        case .simpleMajority: return "Suara terbanyak sederhana (setuju lebih banyak dari tidak setuju)"
        }
    }

    public var shortLabel: String {
        self == .consensusThenMajority ? "Mufakat, lalu suara terbanyak" : "Suara terbanyak sederhana"
    }
}

/// The share of invitees that must be present: no statutory quorum is published for Jakarta, so it is
/// a setting of the session, two thirds by default.
public struct Quorum: Hashable, Sendable {
    public let numerator: Int
    public let denominator: Int

    public init?(numerator: Int, denominator: Int) {
        guard denominator > 0, numerator > 0, numerator <= denominator else { return nil }
        self.numerator = numerator
        self.denominator = denominator
    }

    public static let twoThirds = Quorum(numerator: 2, denominator: 3)!
    public static let half = Quorum(numerator: 1, denominator: 2)!
    public static let threeQuarters = Quorum(numerator: 3, denominator: 4)!
    public static let choices: [Quorum] = [.twoThirds, .half, .threeQuarters]

    /// Invitees that must be present: the fraction rounded up, and never less than one person.
    public func required(invited: Int) -> Int {
        max(1, (invited * numerator + denominator - 1) / denominator)
    }

    public var label: String { "\(numerator)/\(denominator) dari undangan" }
}

/// How the layak candidates of a program are ordered before the meeting moves anyone by hand.
public enum PriorityRule: UInt8, CaseIterable, Sendable, Hashable {
    case decisionOrder = 1, elderlyAloneFirst, lowestIncomeFirst, largestFamilyFirst

    public var label: String {
        switch self {
        case .decisionOrder: return "Urutan keputusan"
        case .elderlyAloneFirst: return "Lansia tinggal sendiri lebih dulu"
        case .lowestIncomeFirst: return "Penghasilan terendah lebih dulu"
        case .largestFamilyFirst: return "Anggota keluarga terbanyak lebih dulu"
        }
    }
}

/// Everything decided before the first candidate: all of it is recorded and printed.
public struct MusyawarahSetup: Hashable, Sendable {
    public var sessionID: Int
    public var date: CivilDate
    /// "09.00" as typed; free text because meetings start "ba'da Dzuhur" too.
    public var time: String
    public var place: String
    public var kelurahanCode: String
    public var chair: String
    public var secretary: String
    public var rule: DecisionRule
    public var quorum: Quorum
    public var priority: PriorityRule
    /// Whether pendamping sosial and pendata vote. When they do not, they are recorded as present but
    /// are neither voters nor part of the quorum: the quorum is the share of *voting* invitees present.
    /// New sessions default to false; sessions opened before the setting existed (event tag 1) decode
    /// as true, which is how they were counted.
    public var facilitatorsVote: Bool

    public init(sessionID: Int, date: CivilDate, time: String, place: String, kelurahanCode: String,
                chair: String, secretary: String, rule: DecisionRule = .consensusThenMajority,
                quorum: Quorum = .twoThirds, priority: PriorityRule = .decisionOrder, facilitatorsVote: Bool = false) {
        self.sessionID = sessionID
        self.date = date
        self.time = time
        self.place = place
        self.kelurahanCode = kelurahanCode
        self.chair = chair
        self.secretary = secretary
        self.rule = rule
        self.quorum = quorum
        self.priority = priority
        self.facilitatorsVote = facilitatorsVote
    }

    /// The voting-rights line of the set-up screen and the berita acara.
    public var votingLabel: String {
        facilitatorsVote ? "Semua peserta bersuara, termasuk pendamping sosial dan pendata"
            : "Pendamping sosial dan pendata hadir sebagai pendamping: tidak bersuara dan tidak dihitung untuk kuorum"
    }
}
