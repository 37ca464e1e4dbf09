import LoketCore

/// The benchmark's families: synthetic (never a real NIK or name), from a fixed seed, so that every
/// run and every machine times the same data.
struct SyntheticDesk {
    static let seed: UInt64 = 2026_0115
    static let today = CivilDate(year: 2026, month: 1, day: 15)!
    static let kelurahanCode = "3171011001"
    static let operatorID = 1
    /// Fixed, so that a rebuilt store is byte-identical.
    static let deskId: [UInt8] = Array(0..<16)

    private var generator: SyntheticData
    private(set) var nextHouseholdID: Int

    init(seed: UInt64 = SyntheticDesk.seed, firstHouseholdID: Int = 1) {
        generator = SyntheticData(seed: seed, today: Self.today, kelurahanCode: Self.kelurahanCode)
        nextHouseholdID = firstHouseholdID
    }

    /// What a desk's journal starts with: the desk and its operator.
    static var setUpEvents: [EventEnvelope] {
        [
            EventEnvelope(operatorID: 0, event: .deskCreated(DeskProfile(name: "Loket Bench", kelurahanCode: kelurahanCode))),
            EventEnvelope(operatorID: 0, event: .operatorAdded(OperatorAccount(id: operatorID, name: "Operator Bench",
                                                                               pinHash: "bench-no-pin"))),
        ]
    }

    /// The next family, registered as the registration screen would: one event per household.
    mutating func nextRegistration() -> EventEnvelope {
        let id = nextHouseholdID
        nextHouseholdID += 1
        let registration = HouseholdRegistration(
            householdID: id, number: RegistrationNumber(year: Self.today.year, serial: id),
            household: generator.household(), registeredOn: Self.today)
        return EventEnvelope(operatorID: Self.operatorID, event: .householdRegistered(registration))
    }

    /// A family that is not in the store, for "not registered" searches.
    static func unregisteredHousehold() -> Household {
        var other = SyntheticData(seed: seed ^ 0xDEAD_BEEF, today: today, kelurahanCode: kelurahanCode)
        return other.household()
    }
}
