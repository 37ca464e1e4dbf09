/// Why a person appeals: the exclusion they were told about. Raw values are file format.
public enum AppealReason: UInt8, CaseIterable, Sendable, Hashable {
    case ownsCar = 1, propertyAboveOneBillion, consideredAble, stateEmployee, address, nikNotMatched, deceased

    /// As said at the desk and printed on the receipt.
    public var label: String {
        switch self {
        case .ownsCar: return "Memiliki mobil"
        case .propertyAboveOneBillion: return "NJOP di atas Rp 1 miliar"
        case .consideredAble: return "Dianggap mampu"
        case .stateEmployee: return "PNS/TNI/POLRI/BUMN/DPR(D)"
        case .address: return "Alamat tidak ditemukan / pindah"
        case .nikNotMatched: return "Tidak padan sistem (NIK tidak padan)"
        case .deceased: return "Tercatat meninggal"
        }
    }

    /// Short form for narrow list columns.
    public var shortLabel: String {
        switch self {
        case .ownsCar: return "Mobil"
        case .propertyAboveOneBillion: return "NJOP > 1 M"
        case .consideredAble: return "Dianggap mampu"
        case .stateEmployee: return "PNS/TNI/POLRI"
        case .address: return "Alamat/pindah"
        case .nikNotMatched: return "Tidak padan"
        case .deceased: return "Meninggal"
        }
    }

    /// The address reason depends on where the person lives now, asked before the checklist.
    public var needsAddressCase: Bool { self == .address }
}

/// The sub-case of the address reason. Raw values are file format.
public enum AddressCase: UInt8, CaseIterable, Sendable, Hashable {
    case notMoved = 1, movedWithinJakarta, movedOutOfJakarta

    public var label: String {
        switch self {
        case .notMoved: return "Tidak pindah (masih di alamat yang sama)"
        case .movedWithinJakarta: return "Pindah, masih di dalam DKI Jakarta"
        case .movedOutOfJakarta: return "Pindah ke luar DKI Jakarta"
        }
    }

    /// Bantuan sosial DKI is only for residents of Jakarta (criteria 1 and 2), so a move out of DKI
    /// cannot be appealed at a Jakarta desk.
    public var canBeAppealed: Bool { self != .movedOutOfJakarta }
}
