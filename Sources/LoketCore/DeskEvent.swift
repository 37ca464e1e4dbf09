/// Everything that happens at a desk is one of these, appended to the journal with who did it.
/// The journal record carries when and on which desk; the current state is a fold over them.
public enum DeskEvent: Hashable, Sendable {
    case deskCreated(DeskProfile)
    case operatorAdded(OperatorAccount)
    case operatorSignedIn(operatorID: Int)
    case householdRegistered(HouseholdRegistration)
    case householdCorrected(HouseholdCorrection)
    case statusRecorded(StatusUpdate)
    case nikRevealed(householdID: Int, nik: String, screen: String)
    case receiptPrinted(householdID: Int, file: String)
    case musyawarah(MusyawarahEvent)
    case appeal(AppealEvent)
    case sync(SyncEvent)
}

/// One journal payload: the event and the operator who caused it (0 = the system itself).
public struct EventEnvelope: Hashable, Sendable {
    public var operatorID: Int
    public var event: DeskEvent

    public init(operatorID: Int, event: DeskEvent) {
        self.operatorID = operatorID
        self.event = event
    }
}

public enum StoreRole: UInt8, Sendable, Hashable {
    case desk = 1, kecamatan, sukuDinas, dinasSosial
}

public struct DeskProfile: Hashable, Sendable {
    public var name: String
    public var kelurahanCode: String
    public var role: StoreRole

    public init(name: String, kelurahanCode: String, role: StoreRole = .desk) {
        self.name = name
        self.kelurahanCode = kelurahanCode
        self.role = role
    }
}

public struct OperatorAccount: Hashable, Sendable {
    public var id: Int
    public var name: String
    /// Argon2id string from libsodium; the PIN itself is never stored.
    public var pinHash: String

    public init(id: Int, name: String, pinHash: String) {
        self.id = id
        self.name = name
        self.pinHash = pinHash
    }
}

public struct HouseholdRegistration: Hashable, Sendable {
    public var householdID: Int
    public var number: RegistrationNumber
    public var household: Household
    public var registeredOn: CivilDate
    /// NIKs already registered in another family that the operator chose to register anyway:
    /// duplicate candidates for a person to decide, never merged.
    public var acknowledgedDuplicates: [String]
    /// The warnings shown at saving time, kept as they were worded.
    public var warnings: [String]

    public init(householdID: Int, number: RegistrationNumber, household: Household, registeredOn: CivilDate,
                acknowledgedDuplicates: [String] = [], warnings: [String] = []) {
        self.householdID = householdID
        self.number = number
        self.household = household
        self.registeredOn = registeredOn
        self.acknowledgedDuplicates = acknowledgedDuplicates
        self.warnings = warnings
    }
}

/// A correction replaces the current values; the old ones stay in the history.
public struct HouseholdCorrection: Hashable, Sendable {
    public var householdID: Int
    public var household: Household
    public var reason: String

    public init(householdID: Int, household: Household, reason: String) {
        self.householdID = householdID
        self.household = household
        self.reason = reason
    }
}

/// A stage or outcome for one person (nik) or, when nik is nil, for every member of the family.
public struct StatusUpdate: Hashable, Sendable {
    public var householdID: Int
    public var nik: String?
    public var status: PersonStatus

    public init(householdID: Int, nik: String?, status: PersonStatus) {
        self.householdID = householdID
        self.nik = nik
        self.status = status
    }
}
