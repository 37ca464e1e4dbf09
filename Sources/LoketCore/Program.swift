/// The assistance programs screened at the desk. Screening is indicative: it says which programs a
/// person may be considered for and why; the musyawarah sets priority within each program's quota.
public enum Program: UInt8, CaseIterable, Sendable, Hashable {
    case pbiJK = 1, pkh, bpnt, klj, kpdj, kaj, kparj, kjpPlus, kjmu, bpms, pip

    public var name: String {
        ["PBI JK", "PKH", "BPNT", "KLJ", "KPDJ", "KAJ", "KPARJ", "KJP Plus", "KJMU", "BPMS", "PIP"][Int(rawValue) - 1]
    }

    public var longName: String {
        switch self {
        case .pbiJK: return "Penerima Bantuan Iuran Jaminan Kesehatan"
        case .pkh: return "Program Keluarga Harapan"
        case .bpnt: return "Bantuan Pangan Non Tunai / Sembako"
        case .klj: return "Kartu Lansia Jakarta"
        case .kpdj: return "Kartu Penyandang Disabilitas Jakarta"
        case .kaj: return "Kartu Anak Jakarta"
        case .kparj: return "Kartu Pemenuhan Anak dan Remaja Jakarta (yatim)"
        case .kjpPlus: return "Kartu Jakarta Pintar Plus"
        case .kjmu: return "Kartu Jakarta Mahasiswa Unggul"
        case .bpms: return "Bantuan Pendidikan Masuk Sekolah"
        case .pip: return "Program Indonesia Pintar"
        }
    }
}

public struct Eligibility: Hashable, Sendable {
    public let program: Program
    public let reason: String
}

public enum ProgramScreening {
    /// Programs one person may be considered for, each with the reason from their data.
    public static func screen(_ m: Member, on today: CivilDate) -> [Eligibility] {
        let age = m.age(on: today)
        var out: [Eligibility] = [Eligibility(program: .pbiJK, reason: "iuran BPJS Kesehatan ditanggung")]
        var pkh: [String] = []
        if m.pregnant { pkh.append("ibu hamil") }
        if age <= 6 { pkh.append("anak usia dini") }
        switch m.schooling {
        case .primary: pkh.append("anak SD")
        case .juniorHigh: pkh.append("anak SMP")
        case .seniorHigh: pkh.append("anak SMA")
        default:
            if (6...21).contains(age) && !m.education.completedTwelveYears { pkh.append("usia 6–21 belum tuntas 12 tahun") }
        }
        if age >= 60 { pkh.append("lansia") }
        if m.disability != .none && m.severeDisability { pkh.append("disabilitas berat") }
        if !pkh.isEmpty { out.append(Eligibility(program: .pkh, reason: pkh.joined(separator: ", "))) }
        if age >= 60 { out.append(Eligibility(program: .klj, reason: "usia \(age) tahun (≥ 60)")) }
        if m.disability != .none {
            out.append(Eligibility(program: .kpdj, reason: "disabilitas \(m.disability.label.lowercased()); pastikan juga terdata di data disabilitas"))
        }
        if age <= 6 { out.append(Eligibility(program: .kaj, reason: "anak usia \(age) tahun (0–6)")) }
        if let reason = orphanReason(m, age: age) { out.append(Eligibility(program: .kparj, reason: reason)) }
        if m.schooling.isAttendingSchool && (6...21).contains(age) {
            out.append(Eligibility(program: .kjpPlus, reason: "bersekolah di \(m.schooling.label)"))
            out.append(Eligibility(program: .pip, reason: "bersekolah di \(m.schooling.label)"))
        }
        if m.schooling == .university { out.append(Eligibility(program: .kjmu, reason: "mahasiswa")) }
        if (6...21).contains(age) && m.schooling != .university {
            out.append(Eligibility(program: .bpms, reason: "usia \(age) tahun (6–21)"))
        }
        return out
    }

    private static func orphanReason(_ m: Member, age: Int) -> String? {
        guard m.orphan != .none || m.parentDiedOfCovid else { return nil }
        let what = m.parentDiedOfCovid ? "orang tua meninggal karena Covid-19" : m.orphan.label.lowercased()
        if age <= 18 { return "\(what), anak usia \(age)" }
        if age <= 21 && m.maritalStatus == .single { return "\(what), usia \(age) belum menikah" }
        return nil
    }

    /// Programs given to the family as a whole.
    public static func householdPrograms(_ h: Household) -> [Eligibility] {
        h.members.isEmpty ? [] : [Eligibility(program: .bpnt, reason: "bantuan pangan untuk keluarga")]
    }
}
