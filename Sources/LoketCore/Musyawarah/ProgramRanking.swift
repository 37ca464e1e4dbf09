/// The ranked layak candidates of one program and where the quota cuts the list.
public struct ProgramRanking: Hashable, Sendable {
    public let program: Program
    public let quota: Int?
    /// Household ids, first priority first.
    public let order: [Int]
    /// How many at the head of `order` the meeting placed by hand.
    public let handPlaced: Int

    public init(program: Program, quota: Int?, order: [Int], handPlaced: Int) {
        self.program = program
        self.quota = quota
        self.order = order
        self.handPlaced = handPlaced
    }

    /// Inside the quota; everyone when no quota is set.
    public var withinQuota: ArraySlice<Int> { order.prefix(quota ?? order.count) }
    /// The waiting list (daftar tunggu): layak, but beyond the quota.
    public var waiting: ArraySlice<Int> { order.dropFirst(quota ?? order.count) }

    public func isWithinQuota(position: Int) -> Bool { position < (quota ?? Int.max) }

    /// The ranking as it stands: the meeting's own order first (families still layak for the program),
    /// then the other layak families by the session's priority rule, ties by the order of decision.
    public static func make(_ program: Program, session: MusyawarahSession,
                            candidates: [Int: MusyawarahCandidate]) -> ProgramRanking {
        var eligible: [Int] = []
        for id in session.decidedOrder where session.verdict(of: id) == .layak {
            if candidates[id]?.isIn(program) == true { eligible.append(id) }
        }
        let eligibleSet = Set(eligible)
        var placed = Set<Int>()
        var order: [Int] = []
        for id in session.rankings[program] ?? [] where eligibleSet.contains(id) && placed.insert(id).inserted {
            order.append(id)
        }
        let rest = eligible.enumerated().filter { !placed.contains($0.element) }
        let sorted = rest.sorted { a, b in
            let ka = priorityKey(candidates[a.element], rule: session.setup.priority)
            let kb = priorityKey(candidates[b.element], rule: session.setup.priority)
            return ka != kb ? ka < kb : a.offset < b.offset
        }
        let handPlaced = order.count
        order.append(contentsOf: sorted.map(\.element))
        return ProgramRanking(program: program, quota: session.quotas[program], order: order, handPlaced: handPlaced)
    }

    /// Smaller first.
    static func priorityKey(_ c: MusyawarahCandidate?, rule: PriorityRule) -> Int {
        guard let c else { return 0 }
        switch rule {
        case .decisionOrder: return 0
        case .elderlyAloneFirst: return c.livesAloneElderly ? 0 : (c.hasElderly ? 1 : 2)
        case .lowestIncomeFirst: return Int(c.income.rawValue)
        case .largestFamilyFirst: return -c.memberCount
        }
    }

    /// The explicit order to record after moving the family at `from` to `to`: the moved order up to
    /// the last position the meeting has touched. Families after it keep following the priority rule.
    public func explicitOrder(moving from: Int, to: Int) -> [Int]? {
        guard order.indices.contains(from), order.indices.contains(to), from != to else { return nil }
        var moved = order
        let id = moved.remove(at: from)
        moved.insert(id, at: to)
        return Array(moved.prefix(max(handPlaced, max(from, to) + 1)))
    }
}
