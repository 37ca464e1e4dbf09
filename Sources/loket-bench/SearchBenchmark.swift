import LoketCore

/// Per-keystroke search: `DeskState.find(query, limit: 100)` as the lookup screen calls it.
struct SearchResult {
    var persons = 0
    var households = 0
    /// Built in memory because the open benchmark's store had too few persons.
    var builtSeconds: Double?
    var all = Samples()
    var byKind: [Keystroke.Kind: Samples] = [:]
    /// Each distinct query's slowest time, for the report's "slowest keystrokes".
    var worstByQuery: [String: Double] = [:]
    var keystrokes = 0
    /// Floor (what the index saves): one linear scan over every person's folded name, comparing a prefix.
    var scan = Samples()
    var hitChecksum = 0

    func slowest(_ n: Int) -> [(query: String, seconds: Double)] {
        worstByQuery.sorted { $0.value > $1.value }.prefix(n).map { ($0.key, $0.value) }
    }
}

enum SearchBenchmark {
    static func run(state given: DeskState, minimumPersons: Int, passes: Int) -> SearchResult {
        var result = SearchResult()
        var state = given
        if given.personCount < minimumPersons {
            let (built, ns) = timed { bigger(minimumPersons: minimumPersons) }
            state = built
            result.builtSeconds = Double(ns) / 1e9
        }
        result.persons = state.personCount
        result.households = state.households.count

        let script = TypingScript.keystrokes(in: state)
        result.keystrokes = script.count
        for k in script { result.hitChecksum &+= state.find(k.query, limit: 100).hits.count }  // warm-up
        for _ in 0..<passes {
            for k in script {
                let (found, ns) = timed { state.find(k.query, limit: 100) }
                result.hitChecksum &+= found.hits.count
                result.all.add(ns)
                result.byKind[k.kind, default: Samples()].add(ns)
                result.worstByQuery[k.query] = max(result.worstByQuery[k.query] ?? 0, Double(ns) / 1e9)
            }
        }

        let names = NameColumn(state)
        let prefixes = script.filter { $0.kind == .name }.map { NameColumn.fold($0.query.split(separator: " ").first.map(String.init) ?? "") }
        for _ in 0..<passes {
            for p in prefixes {
                let (n, ns) = timed { names.countStarting(with: p) }
                result.hitChecksum &+= n
                result.scan.add(ns)
            }
        }
        return result
    }

    /// The same seed as the store, continued until there are enough persons: its first families are
    /// the store's families.
    private static func bigger(minimumPersons: Int) -> DeskState {
        var state = DeskState()
        for e in SyntheticDesk.setUpEvents { try! state.apply(e, timestamp: 0) }
        var desk = SyntheticDesk()
        var persons = 0
        while persons < minimumPersons {
            let e = desk.nextRegistration()
            if case .householdRegistered(let r) = e.event { persons += r.household.members.count }
            try! state.apply(e, timestamp: 0)
        }
        state.finishLoading()
        return state
    }
}

/// Every person's name, folded to lower case, back to back in one buffer: the cheapest possible
/// scan, kinder to the scan than any real one (it compares only the start of the full name).
struct NameColumn {
    private var bytes: [UInt8] = []
    private var starts: [Int] = []

    init(_ state: DeskState) {
        for h in state.households {
            for m in h.current.members {
                starts.append(bytes.count)
                bytes.append(contentsOf: Self.fold(m.name))
            }
        }
        starts.append(bytes.count)
    }

    static func fold(_ s: String) -> [UInt8] { Array(s.lowercased().utf8) }

    func countStarting(with prefix: [UInt8]) -> Int {
        var n = 0
        bytes.withUnsafeBufferPointer { b in
            prefix.withUnsafeBufferPointer { p in
                for i in 0..<(starts.count - 1) {
                    let s = starts[i], len = starts[i + 1] - s
                    guard len >= p.count else { continue }
                    var j = 0
                    while j < p.count && b[s + j] == p[j] { j += 1 }
                    if j == p.count { n += 1 }
                }
            }
        }
        return n
    }
}
