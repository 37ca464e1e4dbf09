/// Counts for the closing summary and the berita acara.
public struct MusyawarahTally: Hashable, Sendable {
    public var decided = 0
    public var layak = 0
    public var tidakLayak = 0
    public var tunda = 0
    /// Tidak layak per criterion, in criterion order, only those used.
    public var perCriterion: [(Criterion, Int)] = []

    public init(_ s: MusyawarahSession) {
        var counts: [Criterion: Int] = [:]
        for id in s.decidedOrder {
            guard let v = s.verdict(of: id) else { continue }
            decided += 1
            switch v {
            case .layak: layak += 1
            case .tidakLayak(let c):
                tidakLayak += 1
                counts[c, default: 0] += 1
            case .tunda: tunda += 1
            }
        }
        perCriterion = Criterion.allCases.compactMap { c in counts[c].map { (c, $0) } }
    }

    public static func == (a: MusyawarahTally, b: MusyawarahTally) -> Bool {
        (a.decided, a.layak, a.tidakLayak, a.tunda) == (b.decided, b.layak, b.tidakLayak, b.tunda)
            && a.perCriterion.map(\.0) == b.perCriterion.map(\.0) && a.perCriterion.map(\.1) == b.perCriterion.map(\.1)
    }

    public func hash(into h: inout Hasher) { h.combine(decided); h.combine(layak) }
}

extension MusyawarahCandidates {
    /// The facts of every family a session decided, by id (for rankings, also after it closed).
    public static func decided(in session: MusyawarahSession, desk: DeskState) -> [Int: MusyawarahCandidate] {
        var out: [Int: MusyawarahCandidate] = [:]
        out.reserveCapacity(session.decidedOrder.count)
        for id in session.decidedOrder {
            if let record = desk.household(id: id) { out[id] = candidate(record, on: session.setup.date) }
        }
        return out
    }
}
