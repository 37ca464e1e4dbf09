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

/// Per-keystroke search over hundreds of thousands of persons: each name word and each NIK / KK number
/// packed into a UInt64 so that a prefix becomes a binary-searched range, plus every person's word
/// keys in one flat array so that further query words are checked without touching strings.
public struct PersonSearchIndex: Sendable {
    typealias Entry = SortedKeys.Entry

    private(set) var words = SortedKeys()
    private(set) var niks = SortedKeys()
    private(set) var kks = SortedKeys()
    /// NIKs that are not 16 digits (never saved by the desk, but possible in imported data).
    private(set) var oddNIKs: [String: [Int32]] = [:]
    /// Word keys of every member, flat: member m of household h owns
    /// wordKeys[memberStarts[firstMember[h-1] + m] ..< memberStarts[firstMember[h-1] + m + 1]].
    private var wordKeys: [UInt64] = []
    private var memberStarts: [Int32] = []
    private var firstMember: [Int32] = []

    public init() {}

    /// Room for about `households` families of four, each name of two or three words.
    mutating func reserveCapacity(households: Int) {
        words.reserveCapacity(households * 10)
        niks.reserveCapacity(households * 4)
        kks.reserveCapacity(households)
        wordKeys.reserveCapacity(households * 10)
        memberStarts.reserveCapacity(households * 5)
        firstMember.reserveCapacity(households)
    }

    public var entryCount: Int { words.count + niks.count + kks.count }

    mutating func add(_ h: Household, householdID: Int) {
        let id = Int32(householdID)
        let block = Int32(memberStarts.count)
        for i in h.members.indices {
            memberStarts.append(Int32(wordKeys.count))
            forEachWordKey(h.members[i].name) { key in
                wordKeys.append(key)
                words.append(Entry(key: key, householdID: id, memberIndex: Int32(i)))
            }
            let nik = h.members[i].nik
            if let n = sixteenDigits(nik) {
                niks.append(Entry(key: n, householdID: id, memberIndex: Int32(i)))
            } else {
                oddNIKs[nik, default: []].append(id)
            }
        }
        memberStarts.append(Int32(wordKeys.count))
        if householdID - 1 < firstMember.count {
            firstMember[householdID - 1] = block
        } else {
            firstMember.append(block)
        }
        if let k = sixteenDigits(h.kkNumber) {
            kks.append(Entry(key: k, householdID: id, memberIndex: -1))
        }
    }

    mutating func remove(_ h: Household, householdID: Int) {
        let id = Int32(householdID)
        words.removeAll(householdID: id)
        niks.removeAll(householdID: id)
        for m in h.members { oddNIKs[m.nik]?.removeAll { $0 == id } }
        // KK entries stay: a family is still found under a KK number it had before.
    }

    mutating func finishBulkLoad() {
        words.finishLoading()
        niks.finishLoading()
        kks.finishLoading()
    }

    /// The families whose current members include this NIK.
    func households(withNIK nik: String) -> [Int] {
        if let n = sixteenDigits(nik) {
            return niks.entries(from: n, through: n).flatMap { $0.map { Int($0.householdID) } }
        }
        return (oddNIKs[nik] ?? []).map(Int.init)
    }

    /// The word keys of one member, for checking further query words.
    func wordKeys(householdID: Int, memberIndex: Int) -> ArraySlice<UInt64> {
        let block = Int(firstMember[householdID - 1]) + memberIndex
        return wordKeys[Int(memberStarts[block])..<Int(memberStarts[block + 1])]
    }

    /// NIK or KK numbers starting with these digits (1 to 16 of them).
    static func numberRange(digitPrefix: String) -> (UInt64, UInt64)? {
        guard let p = UInt64(digitPrefix), (1...16).contains(digitPrefix.count) else { return nil }
        var scale: UInt64 = 1
        for _ in 0..<(16 - digitPrefix.count) { scale *= 10 }
        return (p * scale, p * scale + scale - 1)
    }
}

/// The snapshot form: the arrays as they are, so that opening neither rebuilds nor sorts them.
extension PersonSearchIndex: BinaryCodable {
    public func encode(to w: inout ByteWriter) {
        w.value(words)
        w.value(niks)
        w.value(kks)
        w.plain(wordKeys)
        w.plain(memberStarts)
        w.plain(firstMember)
        w.array(oddNIKs.sorted { $0.key < $1.key }) { w, odd in
            w.string(odd.key)
            w.plain(odd.value)
        }
    }

    public init(from r: inout ByteReader) throws {
        words = try r.value()
        niks = try r.value()
        kks = try r.value()
        wordKeys = try r.plain()
        memberStarts = try r.plain()
        firstMember = try r.plain()
        for _ in 0..<(try r.count()) {
            let nik = try r.string()
            oddNIKs[nik] = try r.plain()
        }
    }

    /// Cheap structural checks against the families it indexes, so that a damaged snapshot that
    /// slipped past its checksum cannot point outside them.
    func fits(_ households: [HouseholdRecord]) -> Bool {
        guard firstMember.count == households.count, memberStarts.first ?? 0 >= 0,
              Int(memberStarts.last ?? 0) <= wordKeys.count,
              zip(memberStarts, memberStarts.dropFirst()).allSatisfy({ $0 <= $1 }) else { return false }
        for (h, block) in zip(households, firstMember)
        where block < 0 || Int(block) + h.current.members.count >= memberStarts.count { return false }
        return [words, niks, kks].allSatisfy { $0.isWithin(householdCount: households.count) }
    }
}

/// A 16-digit number as a UInt64 key (NIK, KK); nil for anything else.
func sixteenDigits(_ text: String) -> UInt64? {
    var value: UInt64 = 0
    var count = 0
    for b in text.utf8 {
        guard b >= 48 && b <= 57 else { return nil }
        value = value * 10 + UInt64(b - 48)
        count += 1
    }
    return count == 16 ? value : nil
}

/// The key range of all words starting with `prefix` (exact on the first eight bytes).
func wordKeyRange(prefix: [UInt8]) -> (UInt64, UInt64) {
    let lo = packPrefix(prefix)
    let free = max(0, 8 - prefix.count)
    return (lo, free == 0 ? lo : lo | ((UInt64(1) << UInt64(8 * free)) - 1))
}

/// The first eight bytes of a folded word, big-endian, so that numeric order is alphabetical order.
func packPrefix(_ word: [UInt8]) -> UInt64 {
    var k: UInt64 = 0
    for i in 0..<8 { k = (k << 8) | UInt64(i < word.count ? word[i] : 0) }
    return k
}

/// Calls `body` with the packed key of each folded word of a name, without allocating for ASCII
/// names (the common case); others go through the Unicode folding of `foldedWords`.
func forEachWordKey(_ text: String, _ body: (UInt64) -> Void) {
    if text.utf8.contains(where: { $0 >= 0x80 }) {
        for w in foldedWords(text) { body(packPrefix(w)) }
        return
    }
    var key: UInt64 = 0
    var length = 0
    func emit() {
        if length > 0 { body(length >= 8 ? key : key << UInt64(8 * (8 - length))) }
        key = 0
        length = 0
    }
    for b in text.utf8 {
        var folded = b
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): folded = b + 32
        case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "\t"):
            emit()
            continue
        default:
            continue
        }
        if length < 8 { key = (key << 8) | UInt64(folded) }
        length += 1
    }
    emit()
}

/// The folded words of a name as bytes. ASCII names take a fast path that must agree with
/// `searchWords` (tested).
func foldedWords(_ text: String) -> [[UInt8]] {
    var words: [[UInt8]] = []
    var current: [UInt8] = []
    for b in text.utf8 {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): current.append(b)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(b + 32)
        case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "\t"):
            if !current.isEmpty { words.append(current); current = [] }
        case 0x80...: return searchWords(text).map { Array($0.utf8) }
        default: break
        }
    }
    if !current.isEmpty { words.append(current) }
    return words
}
