/// One sorted list of (key, person) entries for prefix search, built for a large store that keeps
/// growing: a big sorted main part and a small sorted part of recent additions, merged now and then,
/// so that saving one family never moves megabytes (inserting into the middle of 400,000 entries did).
struct SortedKeys: Sendable {
    struct Entry: Comparable, Sendable {
        let key: UInt64
        let householdID: Int32
        let memberIndex: Int32
        static func < (a: Entry, b: Entry) -> Bool {
            (a.key, a.householdID, a.memberIndex) < (b.key, b.householdID, b.memberIndex)
        }
    }

    private var main: [Entry] = []
    private var recent: [Entry] = []
    private var sorted = false
    static let mergeThreshold = 4096

    var count: Int { main.count + recent.count }

    mutating func reserveCapacity(_ n: Int) { main.reserveCapacity(n) }

    /// While loading a journal, entries are only appended; `finishLoading` sorts once.
    mutating func append(_ e: Entry) {
        if sorted { insertRecent(e) } else { main.append(e) }
    }

    /// Entries arrive in family order, so a stable sort on the key alone gives the full order
    /// (Swift's sort is stable) at a fraction of the cost of comparing whole entries.
    mutating func finishLoading() {
        guard !sorted else { return }
        main.sort { $0.key < $1.key }
        sorted = true
    }

    private mutating func insertRecent(_ e: Entry) {
        recent.insert(e, at: lowerBound(recent, e.key))
        if recent.count > Self.mergeThreshold {
            main = merged(main, recent)
            recent.removeAll(keepingCapacity: true)
        }
    }

    mutating func removeAll(householdID: Int32) {
        main.removeAll { $0.householdID == householdID }
        recent.removeAll { $0.householdID == householdID }
    }

    /// Entries with lo ≤ key ≤ hi: the main part's in order, then the recent part's.
    func entries(from lo: UInt64, through hi: UInt64) -> [ArraySlice<Entry>] {
        guard sorted else { return [ArraySlice(main.filter { $0.key >= lo && $0.key <= hi })] }
        return [slice(main, lo, hi), slice(recent, lo, hi)]
    }

    func count(from lo: UInt64, through hi: UInt64) -> Int {
        entries(from: lo, through: hi).reduce(0) { $0 + $1.count }
    }

    private func slice(_ list: [Entry], _ lo: UInt64, _ hi: UInt64) -> ArraySlice<Entry> {
        let start = lowerBound(list, lo)
        let end = hi == UInt64.max ? list.count : lowerBound(list, hi + 1)
        return list[start..<max(start, end)]
    }
}

private func lowerBound(_ list: [SortedKeys.Entry], _ key: UInt64) -> Int {
    var lo = 0, hi = list.count
    while lo < hi {
        let mid = (lo + hi) / 2
        if list[mid].key < key { lo = mid + 1 } else { hi = mid }
    }
    return lo
}

private func merged(_ a: [SortedKeys.Entry], _ b: [SortedKeys.Entry]) -> [SortedKeys.Entry] {
    var out: [SortedKeys.Entry] = []
    out.reserveCapacity(a.count + b.count)
    var i = 0, j = 0
    while i < a.count && j < b.count {
        if b[j] < a[i] { out.append(b[j]); j += 1 } else { out.append(a[i]); i += 1 }
    }
    out.append(contentsOf: a[i...])
    out.append(contentsOf: b[j...])
    return out
}

/// The snapshot form: both parts as they are in memory, so that opening does not sort again.
extension SortedKeys: BinaryCodable {
    func encode(to w: inout ByteWriter) {
        w.bool(sorted)
        w.plain(main)
        w.plain(recent)
    }

    init(from r: inout ByteReader) throws {
        sorted = try r.bool()
        main = try r.plain()
        recent = try r.plain()
    }

    /// Every entry names a family in 1...householdCount.
    /// Every entry in full order, however it is split between the two parts (for comparing indexes).
    var allEntries: [Entry] { (main + recent).sorted() }

    func isWithin(householdCount: Int) -> Bool {
        let n = Int32(householdCount)
        return main.allSatisfy { $0.householdID >= 1 && $0.householdID <= n }
            && recent.allSatisfy { $0.householdID >= 1 && $0.householdID <= n }
    }
}
