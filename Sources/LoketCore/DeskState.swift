/// The current state of a desk: a fold over its journal. Never edited in place by screens; every
/// change arrives as an event through `apply`.
public struct DeskState: Sendable {
    // internal(set): also restored from a snapshot (DeskStateSnapshot.swift).
    public internal(set) var profile: DeskProfile?
    public internal(set) var operators: [OperatorAccount] = []
    public internal(set) var households: [HouseholdRecord] = []
    public internal(set) var lastTimestamp: Int64 = 0
    var byRegistration: [RegistrationNumber: Int] = [:]
    public internal(set) var search = PersonSearchIndex()
    public private(set) var musyawarah = MusyawarahBook()
    public private(set) var appeals = AppealBook()
    public private(set) var sync = SyncBook()

    public init() {}

    /// Sizes the arrays for a journal of about `records` events (most of them registrations), so that
    /// opening a large store does not grow and copy them again and again.
    public mutating func reserveCapacity(records: Int) {
        households.reserveCapacity(records)
        byRegistration.reserveCapacity(records)
        search.reserveCapacity(households: records)
    }

    public var isSetUp: Bool { profile != nil && !operators.isEmpty }

    public func household(id: Int) -> HouseholdRecord? {
        households.indices.contains(id - 1) ? households[id - 1] : nil
    }

    public func household(number: RegistrationNumber) -> HouseholdRecord? {
        byRegistration[number].flatMap { household(id: $0) }
    }

    public func operatorAccount(id: Int) -> OperatorAccount? { operators.first { $0.id == id } }

    public var nextHouseholdID: Int { households.count + 1 }
    public var nextOperatorID: Int { (operators.map(\.id).max() ?? 0) + 1 }

    /// The number the next family registered in `year` will get.
    public func nextRegistrationNumber(year: Int) -> RegistrationNumber {
        RegistrationNumber(year: year, serial: nextHouseholdID)
    }

    /// Families (other than `excluding`) whose current members include this NIK.
    public func households(withNIK nik: String, excluding: Int? = nil) -> [HouseholdRecord] {
        var ids = search.households(withNIK: nik).filter { $0 != excluding }
        ids.sort()
        return ids.enumerated().filter { $0.offset == 0 || ids[$0.offset - 1] != $0.element }
            .compactMap { household(id: $0.element) }
    }

    public var personCount: Int { households.reduce(0) { $0 + $1.current.members.count } }

    /// Applies one journal entry. Events that contradict the state are refused rather than guessed.
    public mutating func apply(_ envelope: EventEnvelope, timestamp: Int64) throws {
        lastTimestamp = max(lastTimestamp, timestamp)
        switch envelope.event {
        case .deskCreated(let p):
            profile = p
        case .operatorAdded(let o):
            guard operatorAccount(id: o.id) == nil else { throw DeskStateError.duplicateOperator(o.id) }
            operators.append(o)
        case .operatorSignedIn, .nikRevealed, .receiptPrinted:
            break
        case .householdRegistered(let r):
            guard r.householdID == nextHouseholdID else { throw DeskStateError.unexpectedHousehold(r.householdID) }
            guard byRegistration[r.number] == nil else { throw DeskStateError.duplicateRegistration(r.number) }
            let version = HouseholdVersion(household: r.household, timestamp: timestamp,
                                           operatorID: envelope.operatorID, reason: "")
            households.append(HouseholdRecord(registration: r, first: version))
            byRegistration[r.number] = r.householdID
            index(r.household, id: r.householdID)
        case .householdCorrected(let c):
            guard let old = household(id: c.householdID) else { throw DeskStateError.unknownHousehold(c.householdID) }
            unindex(old.current, id: c.householdID)
            households[c.householdID - 1].versions.append(
                HouseholdVersion(household: c.household, timestamp: timestamp, operatorID: envelope.operatorID, reason: c.reason))
            index(c.household, id: c.householdID)
        case .statusRecorded(let s):
            guard let record = household(id: s.householdID) else { throw DeskStateError.unknownHousehold(s.householdID) }
            let targets = s.nik.map { [$0] } ?? record.current.members.map(\.nik)
            for nik in targets { households[s.householdID - 1].statuses[nik] = s.status }
        case .musyawarah(let e):
            try musyawarah.apply(e, operatorID: envelope.operatorID, timestamp: timestamp)
        case .appeal(let e):
            try appeals.apply(e, operatorID: envelope.operatorID, timestamp: timestamp)
        case .sync(let e):
            try sync.apply(e, operatorID: envelope.operatorID, timestamp: timestamp)
        }
    }

    /// Call once after replaying a journal: sorts the search index built during the replay
    /// (a no-op for an index restored from a snapshot, which is sorted already).
    public mutating func finishLoading() { search.finishBulkLoad() }

    private mutating func index(_ h: Household, id: Int) {
        search.add(h, householdID: id)
    }

    private mutating func unindex(_ h: Household, id: Int) {
        search.remove(h, householdID: id)
    }
}

public enum DeskStateError: Error, Equatable, Sendable {
    case duplicateOperator(Int)
    case unexpectedHousehold(Int)
    case duplicateRegistration(RegistrationNumber)
    case unknownHousehold(Int)
}

public struct HouseholdVersion: Hashable, Sendable {
    public let household: Household
    public let timestamp: Int64
    public let operatorID: Int
    public let reason: String
}

/// A registered family: every version of its data, and each person's status.
public struct HouseholdRecord: Hashable, Sendable {
    public let id: Int
    public let number: RegistrationNumber
    public let registeredOn: CivilDate
    public let acknowledgedDuplicates: [String]
    public let warnings: [String]
    public internal(set) var versions: [HouseholdVersion]
    public internal(set) var statuses: [String: PersonStatus] = [:]

    init(id: Int, number: RegistrationNumber, registeredOn: CivilDate, acknowledgedDuplicates: [String],
         warnings: [String], versions: [HouseholdVersion], statuses: [String: PersonStatus]) {
        self.id = id
        self.number = number
        self.registeredOn = registeredOn
        self.acknowledgedDuplicates = acknowledgedDuplicates
        self.warnings = warnings
        self.versions = versions
        self.statuses = statuses
    }

    init(registration r: HouseholdRegistration, first: HouseholdVersion) {
        id = r.householdID
        number = r.number
        registeredOn = r.registeredOn
        acknowledgedDuplicates = r.acknowledgedDuplicates
        warnings = r.warnings
        versions = [first]
    }

    public var current: Household { versions[versions.count - 1].household }
    public var registeredBy: Int { versions[0].operatorID }

    /// A person with no recorded status has just been registered.
    public func status(of nik: String) -> PersonStatus {
        statuses[nik] ?? PersonStatus(stage: .pendaftaran, note: "Terdaftar")
    }

    /// Every KK number this family has been registered under, oldest first.
    public var kkHistory: [String] {
        var seen: [String] = []
        for v in versions where !seen.contains(v.household.kkNumber) { seen.append(v.household.kkNumber) }
        return seen
    }
}
