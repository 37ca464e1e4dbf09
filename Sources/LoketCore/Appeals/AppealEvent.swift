/// Events of sanggahan (appeal) intake. Stored inside `DeskEvent.appeal`.
/// Tags inside are part of the file format: never reuse or renumber one.
public enum AppealEvent: Hashable, Sendable {
    /// An appeal received at the desk, with the documents brought that day.
    case filed(AppealFiling)
    /// The person came back with documents that were missing.
    case documentsAdded(appealID: Int, documents: [ReceivedDocument], on: CivilDate)
    /// A complete appeal was handed over for verification.
    case verificationStarted(appealID: Int, on: CivilDate)
    /// The verification result came back.
    case decided(appealID: Int, decision: AppealDecision)
    /// A receipt with personal data was printed (written to a file).
    case receiptPrinted(appealID: Int, file: String)
    /// A visit that could not become an appeal (moved out of DKI), recorded so the desk can account for it.
    case visitRecorded(AppealVisit)
}

/// Who appeals. Copied at intake, so the receipt and the list stay as they were even when the
/// family's data is corrected later.
public struct AppealPerson: Hashable, Sendable {
    public var nik: String
    public var name: String
    public var kkNumber: String
    /// The family on this desk, or nil when the person is not in this desk's data.
    public var householdID: Int?
    /// The status the person received (as told by them, or this desk's own status line).
    public var statusReceived: String

    public init(nik: String, name: String, kkNumber: String, householdID: Int? = nil, statusReceived: String) {
        self.nik = nik
        self.name = name
        self.kkNumber = kkNumber
        self.householdID = householdID
        self.statusReceived = statusReceived
    }
}

public struct AppealFiling: Hashable, Sendable {
    public var appealID: Int
    public var number: AppealNumber
    public var person: AppealPerson
    public var reason: AppealReason
    public var addressCase: AddressCase?
    public var filedOn: CivilDate
    public var documents: [ReceivedDocument]

    public init(appealID: Int, number: AppealNumber, person: AppealPerson, reason: AppealReason,
                addressCase: AddressCase? = nil, filedOn: CivilDate, documents: [ReceivedDocument]) {
        self.appealID = appealID
        self.number = number
        self.person = person
        self.reason = reason
        self.addressCase = addressCase
        self.filedOn = filedOn
        self.documents = documents
    }
}

public enum AppealOutcome: UInt8, CaseIterable, Sendable, Hashable {
    case accepted = 1, rejected

    public var label: String { self == .accepted ? "Diterima" : "Ditolak" }
}

public struct AppealDecision: Hashable, Sendable {
    public var outcome: AppealOutcome
    /// Why, as written by the verifier; printed and shown with the decision.
    public var reason: String
    public var on: CivilDate

    public init(outcome: AppealOutcome, reason: String, on: CivilDate) {
        self.outcome = outcome
        self.reason = reason
        self.on = on
    }
}

public struct AppealVisit: Hashable, Sendable {
    public var person: AppealPerson
    public var reason: AppealReason
    public var addressCase: AddressCase?
    public var on: CivilDate

    public init(person: AppealPerson, reason: AppealReason, addressCase: AddressCase?, on: CivilDate) {
        self.person = person
        self.reason = reason
        self.addressCase = addressCase
        self.on = on
    }
}

extension AppealEvent: BinaryCodable {
    public func encode(to w: inout ByteWriter) {
        switch self {
        case .filed(let f):
            w.u8(1)
            w.uint(UInt64(f.appealID))
            w.uint(UInt64(f.number.year))
            w.uint(UInt64(f.number.serial))
            w.value(f.person)
            w.enumeration(f.reason)
            w.u8(f.addressCase?.rawValue ?? 0)
            w.value(f.filedOn)
            w.values(f.documents)
        case .documentsAdded(let id, let documents, let on):
            w.u8(2)
            w.uint(UInt64(id))
            w.values(documents)
            w.value(on)
        case .verificationStarted(let id, let on):
            w.u8(3)
            w.uint(UInt64(id))
            w.value(on)
        case .decided(let id, let d):
            w.u8(4)
            w.uint(UInt64(id))
            w.enumeration(d.outcome)
            w.string(d.reason)
            w.value(d.on)
        case .receiptPrinted(let id, let file):
            w.u8(5)
            w.uint(UInt64(id))
            w.string(file)
        case .visitRecorded(let v):
            w.u8(6)
            w.value(v.person)
            w.enumeration(v.reason)
            w.u8(v.addressCase?.rawValue ?? 0)
            w.value(v.on)
        }
    }

    public init(from r: inout ByteReader) throws {
        let tag = try r.u8()
        switch tag {
        case 1:
            let id = Int(try r.uint())
            let year = Int(try r.uint())
            let serial = Int(try r.uint())
            self = .filed(AppealFiling(
                appealID: id, number: AppealNumber(year: year, serial: serial), person: try r.value(),
                reason: try r.enumeration(), addressCase: try Self.addressCase(&r), filedOn: try r.value(),
                documents: try r.values()))
        case 2:
            self = .documentsAdded(appealID: Int(try r.uint()), documents: try r.values(), on: try r.value())
        case 3:
            self = .verificationStarted(appealID: Int(try r.uint()), on: try r.value())
        case 4:
            let id = Int(try r.uint())
            self = .decided(appealID: id, decision: AppealDecision(outcome: try r.enumeration(), reason: try r.string(), on: try r.value()))
        case 5:
            self = .receiptPrinted(appealID: Int(try r.uint()), file: try r.string())
        case 6:
            self = .visitRecorded(AppealVisit(person: try r.value(), reason: try r.enumeration(),
                                              addressCase: try Self.addressCase(&r), on: try r.value()))
        default:
            throw ByteReaderError.invalid("appeal tag \(tag)")
        }
    }

    private static func addressCase(_ r: inout ByteReader) throws -> AddressCase? {
        let raw = try r.u8()
        return raw == 0 ? nil : try AddressCase(rawValue: raw).orThrow("address case \(raw)")
    }
}

extension AppealPerson: BinaryCodable {
    public func encode(to w: inout ByteWriter) {
        w.string(nik)
        w.string(name)
        w.string(kkNumber)
        w.uint(UInt64(householdID ?? 0))
        w.string(statusReceived)
    }

    public init(from r: inout ByteReader) throws {
        nik = try r.string()
        name = try r.string()
        kkNumber = try r.string()
        let id = Int(try r.uint())
        householdID = id == 0 ? nil : id
        statusReceived = try r.string()
    }
}
