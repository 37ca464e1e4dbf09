/// The binary form of events. Tags are part of the file format: never reuse or renumber one.
extension EventEnvelope: BinaryCodable {
    static let formatVersion: UInt8 = 1

    public func encode(to w: inout ByteWriter) {
        w.u8(Self.formatVersion)
        w.uint(UInt64(operatorID))
        switch event {
        case .deskCreated(let p):
            w.u8(1)
            w.string(p.name)
            w.string(p.kelurahanCode)
            w.enumeration(p.role)
        case .operatorAdded(let o):
            w.u8(2)
            w.uint(UInt64(o.id))
            w.string(o.name)
            w.string(o.pinHash)
        case .operatorSignedIn(let id):
            w.u8(3)
            w.uint(UInt64(id))
        case .householdRegistered(let r):
            w.u8(4)
            w.uint(UInt64(r.householdID))
            w.uint(UInt64(r.number.year))
            w.uint(UInt64(r.number.serial))
            w.value(r.household)
            w.value(r.registeredOn)
            w.array(r.acknowledgedDuplicates) { $0.string($1) }
            w.array(r.warnings) { $0.string($1) }
        case .householdCorrected(let c):
            w.u8(5)
            w.uint(UInt64(c.householdID))
            w.value(c.household)
            w.string(c.reason)
        case .statusRecorded(let s):
            w.u8(6)
            w.uint(UInt64(s.householdID))
            w.optional(s.nik) { $0.string($1) }
            w.value(s.status)
        case .nikRevealed(let id, let nik, let screen):
            w.u8(7)
            w.uint(UInt64(id))
            w.string(nik)
            w.string(screen)
        case .receiptPrinted(let id, let file):
            w.u8(8)
            w.uint(UInt64(id))
            w.string(file)
        case .musyawarah(let e):
            w.u8(20)
            w.value(e)
        case .appeal(let e):
            w.u8(21)
            w.value(e)
        case .sync(let e):
            w.u8(22)
            w.value(e)
        }
    }

    /// Whether the event belongs to a book a snapshot leaves out (musyawarah, appeal, sync), read
    /// from the payload's first bytes. Throws for a payload this code could not decode (an unknown
    /// tag), so that a snapshot never hides an event a full replay would stop at.
    public static func isBookEvent(_ payload: UnsafeRawBufferPointer) throws -> Bool {
        var r = ByteReader(payload)
        let version = try r.u8()
        guard version == formatVersion else { throw ByteReaderError.invalid("event format \(version)") }
        _ = try r.uint()
        switch try r.u8() {
        case 1...8: return false
        case 20...22: return true
        case let tag: throw ByteReaderError.invalid("event tag \(tag)")
        }
    }

    public init(from r: inout ByteReader) throws {
        let version = try r.u8()
        guard version == Self.formatVersion else { throw ByteReaderError.invalid("event format \(version)") }
        operatorID = Int(try r.uint())
        let tag = try r.u8()
        switch tag {
        case 1:
            event = .deskCreated(DeskProfile(name: try r.string(), kelurahanCode: try r.string(), role: try r.enumeration()))
        case 2:
            event = .operatorAdded(OperatorAccount(id: Int(try r.uint()), name: try r.string(), pinHash: try r.string()))
        case 3:
            event = .operatorSignedIn(operatorID: Int(try r.uint()))
        case 4:
            let id = Int(try r.uint())
            let year = Int(try r.uint())
            let serial = Int(try r.uint())
            event = .householdRegistered(HouseholdRegistration(
                householdID: id, number: RegistrationNumber(year: year, serial: serial),
                household: try r.value(), registeredOn: try r.value(),
                acknowledgedDuplicates: try r.array { try $0.string() },
                warnings: try r.array { try $0.string() }))
        case 5:
            event = .householdCorrected(HouseholdCorrection(
                householdID: Int(try r.uint()), household: try r.value(), reason: try r.string()))
        case 6:
            event = .statusRecorded(StatusUpdate(
                householdID: Int(try r.uint()), nik: try r.optional { try $0.string() }, status: try r.value()))
        case 7:
            event = .nikRevealed(householdID: Int(try r.uint()), nik: try r.string(), screen: try r.string())
        case 8:
            event = .receiptPrinted(householdID: Int(try r.uint()), file: try r.string())
        case 20:
            event = .musyawarah(try r.value())
        case 21:
            event = .appeal(try r.value())
        case 22:
            event = .sync(try r.value())
        default:
            throw ByteReaderError.invalid("event tag \(tag)")
        }
    }
}
