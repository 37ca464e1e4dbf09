/// A closed list of answers stored as one byte, with the words the screen shows.
public protocol LabeledOption: CaseIterable, Hashable, Sendable, RawRepresentable where RawValue == UInt8 {
    var label: String { get }
}

extension LabeledOption {
    public static var labels: [String] { allCases.map(\.label) }
    public static func option(at index: Int) -> Self? {
        let all = Array(allCases)
        return all.indices.contains(index) ? all[index] : nil
    }
    public var index: Int { Array(Self.allCases).firstIndex(of: self) ?? 0 }
}

public enum Sex: UInt8, LabeledOption {
    case male = 1, female = 2
    public var label: String { self == .male ? "Laki-laki" : "Perempuan" }
    public var letter: String { self == .male ? "L" : "P" }
}

public enum Religion: UInt8, LabeledOption {
    case islam = 1, kristen, katolik, hindu, buddha, khonghucu, kepercayaan
    public var label: String {
        ["Islam", "Kristen", "Katolik", "Hindu", "Buddha", "Khonghucu", "Kepercayaan"][Int(rawValue) - 1]
    }
}

public enum Education: UInt8, LabeledOption {
    case none = 1, unfinishedPrimary, primary, juniorHigh, seniorHigh, diploma1or2, diploma3, bachelor, master, doctorate
    public var label: String {
        ["Tidak/Belum Sekolah", "Belum Tamat SD", "SD", "SLTP", "SLTA", "D-I/II", "D-III", "D-IV/S1", "S2", "S3"][Int(rawValue) - 1]
    }
    /// Twelve years of school done (SLTA or higher), for the PKH component.
    public var completedTwelveYears: Bool { rawValue >= Education.seniorHigh.rawValue }
}

public enum MaritalStatus: UInt8, LabeledOption {
    case single = 1, marriedRegistered, marriedUnregistered, divorcedRegistered, divorcedUnregistered, widowed
    public var label: String {
        ["Belum Kawin", "Kawin Tercatat", "Kawin Belum Tercatat", "Cerai Hidup Tercatat",
         "Cerai Hidup Belum Tercatat", "Cerai Mati"][Int(rawValue) - 1]
    }
}

/// Status hubungan dalam keluarga (SHDK), numbered as on the KK.
public enum Relationship: UInt8, LabeledOption {
    case head = 1, husband, wife, child, childInLaw, grandchild, parent, parentInLaw, otherRelative, helper, other
    public var label: String {
        ["Kepala Keluarga", "Suami", "Istri", "Anak", "Menantu", "Cucu", "Orang Tua", "Mertua",
         "Famili Lain", "Pembantu", "Lainnya"][Int(rawValue) - 1]
    }
}

public enum Disability: UInt8, LabeledOption {
    case none = 0, physical, intellectual, mental, sensory, multiple
    public var label: String {
        ["Tidak ada", "Fisik", "Intelektual", "Mental", "Sensorik", "Ganda"][Int(rawValue)]
    }
}

/// School level and whether the person attends now.
public enum Schooling: UInt8, LabeledOption {
    case notInSchool = 0, earlyChildhood, primary, juniorHigh, seniorHigh, university, droppedOut
    public var label: String {
        ["Tidak sekolah", "PAUD/TK", "SD/MI", "SMP/MTs", "SMA/SMK/MA", "Perguruan tinggi", "Putus sekolah"][Int(rawValue)]
    }
    public var isAttendingSchool: Bool { [.primary, .juniorHigh, .seniorHigh].contains(self) }
}

/// Orphan status, for KPARJ.
public enum OrphanStatus: UInt8, LabeledOption {
    case none = 0, fatherDied, motherDied, bothDied
    public var label: String { ["Tidak", "Yatim", "Piatu", "Yatim piatu"][Int(rawValue)] }
}

public enum HouseOwnership: UInt8, LabeledOption {
    case own = 1, rent, rentFree, official, other
    public var label: String { ["Milik sendiri", "Kontrak/sewa", "Bebas sewa", "Dinas", "Lainnya"][Int(rawValue) - 1] }
}

public enum WallMaterial: UInt8, LabeledOption {
    case brick = 1, wood, bamboo, other
    public var label: String { ["Tembok", "Kayu/papan", "Bambu/anyaman", "Lainnya"][Int(rawValue) - 1] }
}

public enum FloorMaterial: UInt8, LabeledOption {
    case ceramic = 1, cement, wood, earth
    public var label: String { ["Keramik/ubin", "Semen", "Kayu/papan", "Tanah"][Int(rawValue) - 1] }
}

public enum RoofMaterial: UInt8, LabeledOption {
    case concrete = 1, tile, zinc, asbestos, other
    public var label: String { ["Beton", "Genteng", "Seng", "Asbes", "Lainnya"][Int(rawValue) - 1] }
}

public enum WaterSource: UInt8, LabeledOption {
    case piped = 1, borehole, well, other
    public var label: String { ["Ledeng/PAM", "Sumur bor/pompa", "Sumur", "Lainnya"][Int(rawValue) - 1] }
}

public enum DrinkingWater: UInt8, LabeledOption {
    case brandedBottled = 1, refill, piped, well, other
    public var label: String {
        ["Air kemasan bermerek", "Air isi ulang", "Ledeng/PAM", "Sumur", "Lainnya"][Int(rawValue) - 1]
    }
}

public enum Lighting: UInt8, LabeledOption {
    case pln450 = 1, pln900, pln1300, nonPLN
    public var label: String { ["PLN 450 VA", "PLN 900 VA", "PLN 1300 VA ke atas", "Bukan PLN"][Int(rawValue) - 1] }
}

public enum CookingFuel: UInt8, LabeledOption {
    case electric = 1, gasLarge, gas3kg, kerosene, wood
    public var label: String { ["Listrik", "Gas > 3 kg", "Gas 3 kg", "Minyak tanah", "Kayu bakar"][Int(rawValue) - 1] }
}

public enum Toilet: UInt8, LabeledOption {
    case own = 1, shared, publicToilet, none
    public var label: String { ["Sendiri", "Bersama", "Umum", "Tidak ada"][Int(rawValue) - 1] }
}

/// Household income per month.
public enum IncomeBand: UInt8, LabeledOption {
    case below1m = 1, from1to2m, from2to3m, from3to5m, above5m
    public var label: String {
        ["< Rp 1 juta", "Rp 1–2 juta", "Rp 2–3 juta", "Rp 3–5 juta", "> Rp 5 juta"][Int(rawValue) - 1]
    }
}

public enum YesNo: UInt8, LabeledOption {
    case yes = 1, no = 2
    public var label: String { self == .yes ? "Ya" : "Tidak" }
    public var bool: Bool { self == .yes }
}
