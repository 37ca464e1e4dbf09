/// The seven "tidak dapat diusulkan" criteria of Dinas Sosial DKI. Each is asked as a yes/no question;
/// one answer excludes the family, and the refusal always names the criterion and why.
public enum Criterion: Int, CaseIterable, Sendable, Hashable {
    case ktpOutsideJakarta = 1, notDomiciledInJakarta, stateEmployee, ownsCar, propertyAboveOneBillion,
         drinksBrandedWater, notPoorByCommunity

    public var number: Int { rawValue }

    public var question: String {
        switch self {
        case .ktpOutsideJakarta: return "Alamat KTP kepala keluarga di DKI Jakarta?"
        case .notDomiciledInJakarta: return "Keluarga tinggal (berdomisili) di DKI Jakarta?"
        case .stateEmployee: return "Ada anggota PNS/TNI/POLRI/pegawai tetap BUMN/BUMD/anggota DPR/DPRD?"
        case .ownsCar: return "Memiliki mobil?"
        case .propertyAboveOneBillion: return "Memiliki tanah/bangunan dengan NJOP di atas Rp 1 miliar?"
        case .drinksBrandedWater: return "Sehari-hari minum air kemasan bermerek (bukan isi ulang)?"
        case .notPoorByCommunity: return "Dianggap mampu oleh masyarakat setempat? (diputuskan di musyawarah)"
        }
    }

    /// The answer that puts the family out of the proposal.
    public var excludingAnswer: YesNo {
        switch self {
        case .ktpOutsideJakarta, .notDomiciledInJakarta: return .no
        default: return .yes
        }
    }

    /// Why a family is refused, as shown and printed.
    public var refusal: String {
        switch self {
        case .ktpOutsideJakarta: return "KTP tidak diterbitkan di DKI Jakarta"
        case .notDomiciledInJakarta: return "Tidak berdomisili di DKI Jakarta"
        case .stateEmployee: return "Ada anggota PNS/TNI/POLRI/pegawai tetap BUMN/BUMD/anggota DPR/DPRD"
        case .ownsCar: return "Memiliki mobil"
        case .propertyAboveOneBillion: return "Memiliki tanah/bangunan dengan NJOP di atas Rp 1 miliar"
        case .drinksBrandedWater: return "Sehari-hari minum air kemasan bermerek"
        case .notPoorByCommunity: return "Dianggap mampu oleh masyarakat setempat"
        }
    }

    /// Criterion 7 is answered by the musyawarah, not at the desk.
    public var isDecidedAtMusyawarah: Bool { self == .notPoorByCommunity }

    public static var askedAtDesk: [Criterion] { allCases.filter { !$0.isDecidedAtMusyawarah } }
}

/// The recorded answers. Every answer is kept, also the ones that do not exclude.
public struct CriteriaAnswers: Hashable, Sendable {
    /// Four bits per criterion (criterion n at bits 4(n-1)), the answer's raw value or 0 when
    /// unanswered: no array to allocate for each of hundreds of thousands of families.
    private var answers: UInt32 = 0

    public init() {}

    public subscript(criterion: Criterion) -> YesNo? {
        get { YesNo(rawValue: UInt8(truncatingIfNeeded: answers >> shift(criterion)) & 0xF) }
        set { answers = answers & ~(0xF << shift(criterion)) | UInt32(newValue?.rawValue ?? 0) << shift(criterion) }
    }

    private func shift(_ c: Criterion) -> UInt32 { UInt32(4 * (c.rawValue - 1)) }

    public var unansweredAtDesk: [Criterion] { Criterion.askedAtDesk.filter { self[$0] == nil } }

    /// The criteria whose answer excludes the family, in order.
    public var exclusions: [Criterion] {
        Criterion.allCases.filter { self[$0] == $0.excludingAnswer }
    }

    public var isProposable: Bool { exclusions.isEmpty }
}

extension CriteriaAnswers: BinaryCodable {
    public func encode(to w: inout ByteWriter) {
        for c in Criterion.allCases { w.u8(self[c]?.rawValue ?? 0) }
    }

    public init(from r: inout ByteReader) throws {
        for c in Criterion.allCases {
            let raw = try r.u8()
            self[c] = raw == 0 ? nil : try YesNo(rawValue: raw).orThrow("answer \(raw)")
        }
    }
}

extension Optional {
    func orThrow(_ what: String) throws -> Wrapped {
        guard let self else { throw ByteReaderError.invalid(what) }
        return self
    }
}
