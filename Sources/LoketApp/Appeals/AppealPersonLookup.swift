import LoketCore

/// Turns a person found in this desk's data into the appellant, with the status this desk has for them
/// and the reason their family was refused, which the reason screen then offers first.
enum AppealPersonLookup {
    static func person(_ ref: PersonRef, desk: DeskState) -> AppealPerson? {
        guard let record = desk.household(id: ref.householdID), let member = desk.member(ref) else { return nil }
        let h = record.current
        let exclusions = h.criteria.exclusions
        let status = exclusions.isEmpty
            ? PersonStatusText.line(record.status(of: member.nik))
            : "Tidak dapat diusulkan: " + exclusions.map(\.refusal).joined(separator: "; ")
        return AppealPerson(nik: member.nik, name: member.name, kkNumber: h.kkNumber, householdID: record.id,
                            statusReceived: status)
    }

    /// The appeal reason that answers the family's first exclusion, if one does.
    static func suggestedReason(_ person: AppealPerson, desk: DeskState) -> AppealReason? {
        guard let id = person.householdID, let h = desk.household(id: id)?.current else { return nil }
        for c in h.criteria.exclusions {
            switch c {
            case .ownsCar: return .ownsCar
            case .propertyAboveOneBillion: return .propertyAboveOneBillion
            case .stateEmployee: return .stateEmployee
            case .notPoorByCommunity: return .consideredAble
            case .notDomiciledInJakarta: return .address
            case .ktpOutsideJakarta, .drinksBrandedWater: continue
            }
        }
        return nil
    }
}
