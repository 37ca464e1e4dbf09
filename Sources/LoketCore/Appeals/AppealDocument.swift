/// A document an appeal needs. Each letter is its own kind, worded as in DESIGN.md, so that the receipt
/// says exactly which letter to bring. Raw values are file format: never reuse or renumber one.
public enum AppealDocument: UInt8, CaseIterable, Sendable, Hashable {
    case samsatNoCar = 1
    case rtRwLetter
    case kkCopy
    case njopLetter
    case sktm
    case rtRwNoStateEmployee
    case domicileFromRtRw
    case domicileFromCurrentRtRw
    case letterFromOldRtRw
    case domicileLetter
    case rtRwStillAlive
    case pm1Correction

    public var label: String {
        switch self {
        case .samsatNoCar: return "Surat keterangan Samsat bahwa tidak ada mobil terdaftar"
        case .rtRwLetter: return "Surat keterangan dari RT/RW"
        case .kkCopy: return "Fotokopi Kartu Keluarga (KK)"
        case .njopLetter: return "Surat keterangan NJOP dari UP3D/Kecamatan"
        case .sktm: return "SKTM dari RT/RW atau Kelurahan"
        case .rtRwNoStateEmployee: return "Surat RT/RW: tidak ada anggota PNS/TNI/POLRI/BUMN/DPR(D)"
        case .domicileFromRtRw: return "Surat keterangan domisili dari RT/RW"
        case .domicileFromCurrentRtRw: return "Surat keterangan domisili dari RT/RW tempat tinggal sekarang"
        case .letterFromOldRtRw: return "Surat keterangan dari RT/RW alamat lama"
        case .domicileLetter: return "Surat keterangan domisili"
        case .rtRwStillAlive: return "Surat RT/RW bahwa yang bersangkutan masih hidup"
        case .pm1Correction: return "Surat koreksi (PM 1) dari Kelurahan"
        }
    }

    /// A letter carries a number and a date, recorded when it is received; a KK copy has neither.
    public var hasLetterDetails: Bool { self != .kkCopy }
}

/// A document as received at the desk.
public struct ReceivedDocument: Hashable, Sendable {
    public var document: AppealDocument
    /// The letter's number as written on it ("" for a KK copy).
    public var letterNumber: String
    public var letterDate: CivilDate?
    public var receivedOn: CivilDate

    public init(_ document: AppealDocument, letterNumber: String = "", letterDate: CivilDate? = nil, receivedOn: CivilDate) {
        self.document = document
        self.letterNumber = letterNumber
        self.letterDate = letterDate
        self.receivedOn = receivedOn
    }
}

extension ReceivedDocument: BinaryCodable {
    public func encode(to w: inout ByteWriter) {
        w.enumeration(document)
        w.string(letterNumber)
        w.optional(letterDate) { $0.value($1) }
        w.value(receivedOn)
    }

    public init(from r: inout ByteReader) throws {
        document = try r.enumeration()
        letterNumber = try r.string()
        letterDate = try r.optional { try $0.value() }
        receivedOn = try r.value()
    }
}
