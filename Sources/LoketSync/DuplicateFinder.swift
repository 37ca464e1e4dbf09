import LoketCore

/// One registration of a NIK: which desk, which family, the person as that desk wrote them.
public struct DuplicateEntry: Sendable {
    public let deskName: String
    public let deskId: [UInt8]
    public let householdID: Int
    public let number: RegistrationNumber
    public let household: Household
    public let member: Member
}

/// The same NIK in more than one family, at two desks or twice at one: for a person to decide,
/// never merged.
public struct DuplicateCandidate: Sendable {
    public let nik: String
    public let entries: [DuplicateEntry]
    public let decision: DuplicateDecision?
}

enum DuplicateFinder {
    /// One pass over every current member. NIKs are 16 digits, so they key a dictionary as UInt64
    /// (a province holds 1.8 million of them; strings would double the memory).
    static func find(in desks: [DeskBranch], decisions: [String: DuplicateDecision]) -> [DuplicateCandidate] {
        var seen: [UInt64: UInt64] = [:]
        var repeated: [UInt64: [UInt64]] = [:]
        seen.reserveCapacity(desks.reduce(0) { $0 + $1.state.households.count * 4 })
        for (d, desk) in desks.enumerated() {
            for household in desk.state.households {
                for (m, member) in household.current.members.enumerated() {
                    guard let key = UInt64(member.nik) else { continue }
                    let ref = UInt64(d) << 48 | UInt64(household.id) << 8 | UInt64(m)
                    if let first = seen[key] {
                        if repeated[key] == nil { repeated[key] = [first] }
                        repeated[key]!.append(ref)
                    } else {
                        seen[key] = ref
                    }
                }
            }
        }
        return repeated.keys.sorted().map { key in
            let entries = repeated[key]!.map { ref -> DuplicateEntry in
                let desk = desks[Int(ref >> 48)]
                let household = desk.state.household(id: Int((ref >> 8) & 0xFF_FFFF_FFFF))!
                return DuplicateEntry(deskName: desk.name, deskId: desk.deskId, householdID: household.id,
                                      number: household.number, household: household.current,
                                      member: household.current.members[Int(ref & 0xFF)])
            }
            let nik = entries[0].member.nik
            return DuplicateCandidate(nik: nik, entries: entries, decision: decisions[nik])
        }
    }
}
