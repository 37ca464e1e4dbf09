import Foundation

public struct SearchResults: Sendable {
    public var hits: [SearchHit] = []
    /// More matched than `limit`: the list is cut and the user should type more.
    public var truncated = false
}

extension DeskState {
    /// Cek pendaftaran: digits search NIK and KK number prefixes and registration numbers; anything
    /// else searches names by word prefix, every query word matching some word of the name.
    public func find(_ query: String, limit: Int = 100) -> SearchResults {
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return SearchResults() }
        var collector = HitCollector(limit: limit)
        let compact = trimmed.filter { $0 != " " && $0 != "-" }
        if compact.allSatisfy({ $0.isASCII && $0.isNumber }) {
            findNumbers(trimmed, digits: compact, into: &collector)
        } else {
            findNames(trimmed, into: &collector)
        }
        return collector.results
    }

    private func findNumbers(_ text: String, digits: String, into collector: inout HitCollector) {
        if let number = RegistrationNumber(parsing: text), let h = household(number: number) {
            for i in h.current.members.indices { collector.add(PersonRef(householdID: h.id, memberIndex: i), .registration) }
        }
        guard let (lo, hi) = PersonSearchIndex.numberRange(digitPrefix: digits) else { return }
        for part in search.niks.entries(from: lo, through: hi) {
            for e in part {
                guard collector.add(PersonRef(householdID: Int(e.householdID), memberIndex: Int(e.memberIndex)), .nik) else { return }
            }
        }
        for part in search.kks.entries(from: lo, through: hi) {
            for e in part {
                guard let h = household(id: Int(e.householdID)) else { continue }
                for i in h.current.members.indices {
                    guard collector.add(PersonRef(householdID: h.id, memberIndex: i), .kk) else { return }
                }
            }
        }
    }

    /// Walks the query word with the fewest matches and checks the other words against each
    /// candidate's packed word keys: no strings are touched unless a word is longer than eight letters.
    private func findNames(_ text: String, into collector: inout HitCollector) {
        let queryWords = foldedWords(text)
        guard !queryWords.isEmpty else { return }
        let ranges = queryWords.map(wordKeyRange)
        let driver = ranges.indices.min { search.words.count(from: ranges[$0].0, through: ranges[$0].1)
            < search.words.count(from: ranges[$1].0, through: ranges[$1].1) }!
        let needsFullCheck = queryWords.contains { $0.count > 8 }
        for part in search.words.entries(from: ranges[driver].0, through: ranges[driver].1) {
            for e in part {
                let ref = PersonRef(householdID: Int(e.householdID), memberIndex: Int(e.memberIndex))
                if collector.contains(ref) { continue }
                let keys = search.wordKeys(householdID: ref.householdID, memberIndex: ref.memberIndex)
                let allWords = ranges.allSatisfy { r in keys.contains { $0 >= r.0 && $0 <= r.1 } }
                if !allWords { continue }
                if needsFullCheck {
                    guard let member = member(ref) else { continue }
                    let nameWords = foldedWords(member.name)
                    guard queryWords.allSatisfy({ q in nameWords.contains { $0.starts(with: q) } }) else { continue }
                }
                guard collector.add(ref, .name) else { return }
            }
        }
    }

    public func member(_ ref: PersonRef) -> Member? {
        guard let h = household(id: ref.householdID), h.current.members.indices.contains(ref.memberIndex) else { return nil }
        return h.current.members[ref.memberIndex]
    }
}

/// Collects distinct hits up to a limit and notes when more were found.
private struct HitCollector {
    let limit: Int
    var results = SearchResults()
    private var seen = Set<PersonRef>()

    init(limit: Int) { self.limit = limit }

    func contains(_ ref: PersonRef) -> Bool { seen.contains(ref) }

    /// False once the limit is reached: the caller stops looking.
    @discardableResult
    mutating func add(_ ref: PersonRef, _ kind: MatchKind) -> Bool {
        guard !seen.contains(ref) else { return true }
        guard results.hits.count < limit else {
            results.truncated = true
            return false
        }
        seen.insert(ref)
        results.hits.append(SearchHit(ref: ref, matchedBy: kind))
        return true
    }
}
