/// Where a person sits: the family's id and the member's position in its current version.
public struct PersonRef: Hashable, Sendable {
    public let householdID: Int
    public let memberIndex: Int
}

public enum MatchKind: Hashable, Sendable {
    case name, nik, kk, registration
}

public struct SearchHit: Hashable, Sendable {
    public let ref: PersonRef
    public let matchedBy: MatchKind
}

/// Sorted keys for per-keystroke search over hundreds of thousands of persons: each name word and
/// each NIK / KK number packed into a UInt64 so that a prefix becomes a binary-searched range.
public struct PersonSearchIndex: Sendable {
    struct Entry: Comparable, Sendable {
        let key: UInt64
        let householdID: Int32
        let memberIndex: Int32
        static func < (a: Entry, b: Entry) -> Bool {
            (a.key, a.householdID, a.memberIndex) < (b.key, b.householdID, b.memberIndex)
        }
    }

    private(set) var words: [Entry] = []
    private(set) var niks: [Entry] = []
    private(set) var kks: [Entry] = []
    private var bulkLoading = true

    public init() {}

    public var entryCount: Int { words.count + niks.count + kks.count }

    mutating func add(_ h: Household, householdID: Int) {
        let id = Int32(householdID)
        for (i, m) in h.members.enumerated() {
            for w in foldedWords(m.name) { Self.insert(Entry(key: packPrefix(w), householdID: id, memberIndex: Int32(i)), into: &words, bulkLoading: bulkLoading) }
            if let n = UInt64(m.nik), m.nik.count == 16 { Self.insert(Entry(key: n, householdID: id, memberIndex: Int32(i)), into: &niks, bulkLoading: bulkLoading) }
        }
        if let k = UInt64(h.kkNumber), h.kkNumber.count == 16 { Self.insert(Entry(key: k, householdID: id, memberIndex: -1), into: &kks, bulkLoading: bulkLoading) }
    }

    mutating func remove(householdID: Int) {
        let id = Int32(householdID)
        words.removeAll { $0.householdID == id }
        niks.removeAll { $0.householdID == id }
        // KK entries stay: a family is still found under a KK number it had before.
    }

    mutating func finishBulkLoad() {
        words.sort()
        niks.sort()
        kks.sort()
        bulkLoading = false
    }

    private static func insert(_ e: Entry, into list: inout [Entry], bulkLoading: Bool) {
        if bulkLoading {
            list.append(e)
        } else {
            list.insert(e, at: lowerBound(list, e.key))
        }
    }

    func range(in list: [Entry], from lo: UInt64, through hi: UInt64) -> ArraySlice<Entry> {
        let start = lowerBound(list, lo)
        let end = hi == UInt64.max ? list.count : lowerBound(list, hi + 1)
        return list[start..<max(start, end)]
    }

    func wordRange(prefix: [UInt8]) -> ArraySlice<Entry> {
        let lo = packPrefix(prefix)
        let free = max(0, 8 - prefix.count)
        let hi = free == 0 ? lo : lo | ((UInt64(1) << UInt64(8 * free)) - 1)
        return range(in: words, from: lo, through: hi)
    }

    /// NIK or KK numbers starting with these digits (1 to 16 of them).
    func numberRange(_ list: [Entry], digitPrefix: String) -> ArraySlice<Entry> {
        guard let p = UInt64(digitPrefix), (1...16).contains(digitPrefix.count) else { return [] }
        var scale: UInt64 = 1
        for _ in 0..<(16 - digitPrefix.count) { scale *= 10 }
        return range(in: list, from: p * scale, through: p * scale + scale - 1)
    }
}

private func lowerBound(_ list: [PersonSearchIndex.Entry], _ key: UInt64) -> Int {
    var lo = 0, hi = list.count
    while lo < hi {
        let mid = (lo + hi) / 2
        if list[mid].key < key { lo = mid + 1 } else { hi = mid }
    }
    return lo
}

/// The first eight bytes of a folded word, big-endian, so that numeric order is alphabetical order.
func packPrefix(_ word: [UInt8]) -> UInt64 {
    var k: UInt64 = 0
    for i in 0..<8 { k = (k << 8) | UInt64(i < word.count ? word[i] : 0) }
    return k
}

/// The folded words of a name as bytes. ASCII names, the common case, take a fast path that must
/// agree with `searchWords` (tested), so that opening a large store does not pay for Unicode folding.
func foldedWords(_ text: String) -> [[UInt8]] {
    var words: [[UInt8]] = []
    var current: [UInt8] = []
    var ascii = true
    for b in text.utf8 {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): current.append(b)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(b + 32)
        case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "\t"):
            if !current.isEmpty { words.append(current); current = [] }
        case 0x80...: ascii = false
        default: break
        }
        if !ascii { break }
    }
    if !ascii { return searchWords(text).map { Array($0.utf8) } }
    if !current.isEmpty { words.append(current) }
    return words
}
