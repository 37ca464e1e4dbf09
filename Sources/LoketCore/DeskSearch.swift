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
        var results = SearchResults()
        var seen = Set<PersonRef>()
        func add(_ ref: PersonRef, _ kind: MatchKind) -> Bool {
            guard results.hits.count < limit else { results.truncated = true; return false }
            if seen.insert(ref).inserted { results.hits.append(SearchHit(ref: ref, matchedBy: kind)) }
            return true
        }
        let compact = trimmed.filter { $0 != " " && $0 != "-" }
        if compact.allSatisfy({ $0.isASCII && $0.isNumber }) {
            if let number = RegistrationNumber(parsing: trimmed), let h = household(number: number) {
                for i in h.current.members.indices { _ = add(PersonRef(householdID: h.id, memberIndex: i), .registration) }
            }
            if compact.count <= 16 {
                for e in search.numberRange(search.niks, digitPrefix: compact) {
                    guard add(PersonRef(householdID: Int(e.householdID), memberIndex: Int(e.memberIndex)), .nik) else { break }
                }
                for e in search.numberRange(search.kks, digitPrefix: compact) {
                    guard let h = household(id: Int(e.householdID)) else { continue }
                    for i in h.current.members.indices { _ = add(PersonRef(householdID: h.id, memberIndex: i), .kk) }
                    if results.truncated { break }
                }
            }
            return results
        }
        let queryWords = foldedWords(trimmed)
        guard let first = queryWords.first else { return results }
        for e in search.wordRange(prefix: first) {
            let ref = PersonRef(householdID: Int(e.householdID), memberIndex: Int(e.memberIndex))
            if seen.contains(ref) { continue }
            if queryWords.count > 1 || first.count > 8 {
                guard let member = member(ref) else { continue }
                let nameWords = foldedWords(member.name)
                let all = queryWords.allSatisfy { q in nameWords.contains { $0.starts(with: q) } }
                if !all { continue }
            }
            guard add(ref, .name) else { break }
        }
        return results
    }

    public func member(_ ref: PersonRef) -> Member? {
        guard let h = household(id: ref.householdID), h.current.members.indices.contains(ref.memberIndex) else { return nil }
        return h.current.members[ref.memberIndex]
    }
}
