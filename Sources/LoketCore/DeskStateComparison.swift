/// Comparing two folds of the same events, e.g. a snapshot against a full replay (`loket verify`):
/// the same families, operators and profile, and an index with the same entries however it is laid out.
extension DeskState {
    public func hasSameRegistrations(as other: DeskState) -> Bool {
        profile == other.profile && operators == other.operators && lastTimestamp == other.lastTimestamp
            && households == other.households && search.hasSameEntries(as: other.search, households: households)
    }
}

extension PersonSearchIndex {
    func hasSameEntries(as other: PersonSearchIndex, households: [HouseholdRecord]) -> Bool {
        guard words.allEntries == other.words.allEntries, niks.allEntries == other.niks.allEntries,
              kks.allEntries == other.kks.allEntries,
              oddNIKs.filter({ !$0.value.isEmpty }) == other.oddNIKs.filter({ !$0.value.isEmpty }) else { return false }
        for h in households {
            for m in h.current.members.indices
            where wordKeys(householdID: h.id, memberIndex: m) != other.wordKeys(householdID: h.id, memberIndex: m) {
                return false
            }
        }
        return true
    }
}
